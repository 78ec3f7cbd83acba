import { startTransition, useEffect, useState, type ComponentType } from 'react'
import { createPortal } from 'react-dom'
import type { Content } from '../../common/content/schema'
import { FirstFrameOnlyContext } from '../components/AfterFirstFrame'
import { ScreenBoundary } from '../fleet/ScreenBoundary'
import { useKiosk } from '../state/useKiosk'
import { whenIdle } from './lazyPart'
import { NavigationProvider } from './NavigationProvider'
import { createRehearsalStage, type RehearsalStage } from './rehearsalStage'
import type { Route } from './routes'
import { screens } from './screens'
import type { ScreenRegistry } from './screenTypes'
import { warmWhenIdle } from './warmUp'

/**
 * One screen of each kind a visitor can open from home, on the content shown: the first
 * category, service, place, hotline and notice, the lists, the screener and the FAQs. A kind the
 * content has nothing for is left out.
 */
export function rehearsalRoutes(content: Content): Route[] {
  const routes: (Route | undefined)[] = [
    content.categories[0] && { name: 'category', categoryId: content.categories[0].id },
    content.services[0] && { name: 'service', serviceId: content.services[0].id },
    { name: 'places' },
    content.locations[0] && { name: 'place', locationId: content.locations[0].id },
    { name: 'hotlines' },
    content.phones[0] && { name: 'hotline', phoneId: content.phones[0].id },
    { name: 'screener' },
    { name: 'notices' },
    content.notices[0] && { name: 'notice', noticeId: content.notices[0].id },
    { name: 'faqs' },
  ]
  return routes.filter((route) => route !== undefined)
}

/** What the mounted `Rehearsal` offers the warm-up step: its routes, and a way to draw one. */
type Rehearsing = {
  routes: Route[]
  /** Draws `route` on the stage (none: clears it); resolves once committed, or unmounted. */
  draw(route: Route | undefined): Promise<void>
}

let rehearsing: Rehearsing | undefined

/**
 * The warm-up step (see warmUp.ts): each rehearsal route drawn in its own idle period, then the
 * stage cleared. Asks for the mounted `Rehearsal` at every step, so new content (or a session's
 * new shell) carries on where it was; does nothing while none is mounted, and stops when it goes.
 */
export async function rehearseScreens(win: Window): Promise<void> {
  if (!rehearsing) return
  for (let next = 0; ; next++) {
    await whenIdle(win, 1000)
    const current = rehearsing
    if (!current) return
    const route = current.routes[next]
    await current.draw(route)
    if (!route) return
  }
}

warmWhenIdle(() => rehearseScreens(window))

type Drawing = { route: Route | undefined; done: () => void; stage: RehearsalStage }

/**
 * Draws each kind of screen once, unseen, while the kiosk is idle after start-up (issue 25): the
 * first tap to a kind of screen otherwise runs its code for the first time (V8's interpreter,
 * React's first pass over its components) and lays out its text for the first time (font files,
 * glyph shaping: 16 ms of layout for a first category against 2 ms after), and was the slowest
 * tap of a walk. The screens are drawn on the rehearsal stage (rehearsalStage.ts: on the page,
 * hidden, inert, in a closed shadow root), so nothing shows, takes focus, is read or is found by
 * a test; only what a tap's first frame draws (`FirstFrameOnlyContext`: no map, no printer
 * check), as a transition a visitor's tap interrupts; a screen that fails here is dropped
 * quietly (a visitor opening it gets the shell's own boundary). Reads the content and the
 * screens registry itself; `registry` is for tests.
 */
export function Rehearsal({ registry = screens }: { registry?: ScreenRegistry }) {
  const { content, directory } = useKiosk()
  const [drawing, setDrawing] = useState<Drawing>()

  useEffect(() => drawing?.done(), [drawing])

  useEffect(() => {
    // Screens drawn from the home form would list nothing: rehearse once the directory is in.
    if (directory !== 'in') return
    const waiting = new Set<() => void>()
    // Made at the first drawing: a session that never rehearses (every one after start-up)
    // keeps no stage.
    let made: RehearsalStage | undefined
    const mine: Rehearsing = {
      routes: rehearsalRoutes(content),
      draw: (route) =>
        new Promise<void>((resolve) => {
          const stage = (made ??= createRehearsalStage(document))
          const done = () => {
            waiting.delete(done)
            if (!route) stage.hide()
            resolve()
          }
          waiting.add(done)
          if (route) stage.show()
          startTransition(() => setDrawing({ route, done, stage }))
        }),
    }
    rehearsing = mine
    return () => {
      if (rehearsing === mine) rehearsing = undefined
      made?.hide()
      for (const done of waiting) done()
    }
  }, [content, directory])

  if (!drawing?.route) return null
  const { route, stage } = drawing
  // As in the shell: the registry's type ties each name to its screen.
  const Screen = registry[route.name] as ComponentType<{ route: Route }>
  return createPortal(
    <FirstFrameOnlyContext.Provider value={true}>
      <NavigationProvider key={JSON.stringify(route)} initial={route}>
        <ScreenBoundary fallback={null}>
          <Screen route={route} />
        </ScreenBoundary>
      </NavigationProvider>
    </FirstFrameOnlyContext.Provider>,
    stage.container,
  )
}
