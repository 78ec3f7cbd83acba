import { startTransition, useEffect, useState, type ComponentType } from 'react'
import { createPortal } from 'react-dom'
import type { Content } from '../../common/content/schema'
import { FirstFrameOnlyContext } from '../components/AfterFirstFrame'
import { ScreenBoundary } from '../fleet/ScreenBoundary'
import { useKiosk } from '../state/useKiosk'
import { whenIdle } from './lazyPart'
import { NavigationProvider } from './NavigationProvider'
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
type Stage = {
  routes: Route[]
  /** Draws `route` off the page (none: clears); resolves once it is committed or unmounted. */
  draw(route: Route | undefined): Promise<void>
}

let stage: Stage | undefined

/**
 * The warm-up step (see warmUp.ts): each rehearsal route drawn in its own idle period, then
 * cleared. Does nothing while no `Rehearsal` is mounted, and stops when it is unmounted.
 */
export async function rehearseScreens(win: Window): Promise<void> {
  const current = stage
  if (!current) return
  for (const route of current.routes) {
    await whenIdle(win, 1000)
    // The rehearsal was unmounted meanwhile (an idle reset): its drawings went with it.
    if (stage !== current) return
    await current.draw(route)
  }
  await current.draw(undefined)
}

warmWhenIdle(() => rehearseScreens(window))

type Drawing = { route: Route | undefined; done: () => void }

/**
 * Draws each kind of screen once, off the page, while the kiosk is idle after start-up (issue
 * 25): the first tap to a kind of screen otherwise runs its code for the first time — V8's
 * interpreter, React's first pass over its components — and was the slowest tap of a walk. The
 * screens render into an element that is never attached, so nothing shows, takes focus, is read
 * or found by a test; only what a tap's first frame draws (`FirstFrameOnlyContext`: no map, no
 * printer check), as a transition a visitor's tap interrupts; a screen that fails here is
 * dropped quietly (a visitor opening it gets the shell's own boundary). Needs no props: it reads
 * the content and the screens registry; `registry` is for tests.
 */
export function Rehearsal({ registry = screens }: { registry?: ScreenRegistry }) {
  const { content } = useKiosk()
  const [container] = useState(() => document.createElement('div'))
  const [drawing, setDrawing] = useState<Drawing>()

  useEffect(() => drawing?.done(), [drawing])

  useEffect(() => {
    const waiting = new Set<() => void>()
    const mine: Stage = {
      routes: rehearsalRoutes(content),
      draw: (route) =>
        new Promise<void>((resolve) => {
          const done = () => {
            waiting.delete(done)
            resolve()
          }
          waiting.add(done)
          startTransition(() => setDrawing({ route, done }))
        }),
    }
    stage = mine
    return () => {
      if (stage === mine) stage = undefined
      for (const done of waiting) done()
    }
  }, [content])

  const route = drawing?.route
  if (!route) return null
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
    container,
  )
}
