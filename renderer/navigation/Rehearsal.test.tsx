// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { useEffect, type ComponentType } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstFrame } from '../components/AfterFirstFrame'
import { KioskProvider } from '../state/KioskProvider'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { oddContent } from '../test/fixtures'
import { renderApp, untilDirectoryIn } from '../test/renderKiosk'
import { Rehearsal, rehearsalRoutes, rehearseScreens } from './Rehearsal'
import type { Route } from './routes'
import { screens } from './screens'
import type { ScreenRegistry } from './screenTypes'

afterEach(() => {
  cleanup()
  delete document.body.dataset.ready
  vi.restoreAllMocks()
})

/** A window whose idle periods come only when the test says so. */
function idleWindow() {
  const idle: (() => void)[] = []
  const win = { requestIdleCallback: (cb: () => void) => idle.push(cb) } as unknown as Window
  return {
    win,
    /** Runs the oldest idle callback and lets React commit what it started. */
    nextIdle: () =>
      act(async () => {
        idle.shift()?.()
        await new Promise((resolve) => setTimeout(resolve, 0))
      }),
    waiting: () => idle.length,
  }
}

/** Where a fake screen found itself drawn. */
type Place = { connected: boolean; closedShadow: boolean; hiddenHost: boolean; sheets: string[] }

/** What the fake screens saw: each route drawn, where, and unmounts. */
type Log = { drawn: Route[]; onPage: Place[]; unmounted: string[] }

function placeOf(node: HTMLElement): Place {
  const root = node.getRootNode()
  const shadow = root instanceof ShadowRoot ? root : undefined
  const host = shadow?.host
  return {
    connected: node.isConnected,
    closedShadow: shadow?.mode === 'closed',
    hiddenHost:
      host instanceof HTMLElement &&
      host.inert &&
      host.getAttribute('aria-hidden') === 'true' &&
      host.classList.contains('rehearsal-stage'),
    sheets: [...(shadow?.querySelectorAll('link') ?? [])].map((l) => l.getAttribute('href') ?? ''),
  }
}

/** A registry whose every screen logs itself and has a lower part, like the real ones. */
function loggingRegistry(log: Log, throwOn?: Route['name']): ScreenRegistry {
  const make = (name: Route['name']) =>
    function FakeScreen({ route }: { route: Route }) {
      if (name === throwOn) throw new Error(`${name} is broken`)
      useEffect(() => {
        log.drawn.push(route)
        return () => {
          log.unmounted.push(route.name)
        }
      }, [route])
      return (
        <div
          data-screen={route.name}
          ref={(node) => {
            if (node) log.onPage.push(placeOf(node))
          }}
        >
          <h1>{route.name}</h1>
          <AfterFirstFrame>
            <p>lower part of {route.name}</p>
          </AfterFirstFrame>
        </div>
      )
    }
  const names = Object.keys(screens) as Route['name'][]
  return Object.fromEntries(names.map((n) => [n, make(n)])) as unknown as ScreenRegistry
}

async function renderRehearsal(registry: ScreenRegistry) {
  const result = render(
    <KioskProvider api={fakeKioskApi({ content: oddContent() })}>
      <p>the visitor&apos;s screen</p>
      <Rehearsal registry={registry} />
    </KioskProvider>,
  )
  await screen.findByText("the visitor's screen")
  await untilDirectoryIn() // the rehearsal waits for the directory
  // The rehearsal registers itself in an effect of the same commit: let React run it, or on a
  // busy machine rehearseScreens may find nothing mounted yet.
  await act(async () => {})
  return result
}

describe('rehearsalRoutes', () => {
  it('names one screen of each kind a visitor opens, with the first item of each list', () => {
    const content = oddContent()
    const routes = rehearsalRoutes(content)
    expect(routes.map((r) => r.name)).toEqual([
      'category',
      'service',
      'places',
      'place',
      'hotlines',
      'hotline',
      'screener',
      'notices',
      'notice',
      'faqs',
    ])
    expect(routes).toContainEqual({ name: 'service', serviceId: content.services[0]?.id })
    expect(routes).toContainEqual({ name: 'place', locationId: content.locations[0]?.id })
  })

  it('leaves out a kind the content has nothing for', () => {
    const routes = rehearsalRoutes({ ...oddContent(), notices: [], phones: [] })
    expect(routes.map((r) => r.name)).not.toContain('notice')
    expect(routes.map((r) => r.name)).not.toContain('hotline')
    expect(routes.map((r) => r.name)).toContain('notices')
  })
})

describe('Rehearsal', () => {
  it('draws each kind of screen once, unseen, one per idle period, then takes the stage away', async () => {
    const sheet = document.head.appendChild(document.createElement('link'))
    sheet.rel = 'stylesheet'
    sheet.href = '/assets/screens.css'
    const log: Log = { drawn: [], onPage: [], unmounted: [] }
    const { container } = await renderRehearsal(loggingRegistry(log))
    const w = idleWindow()
    const expected = rehearsalRoutes(oddContent())
    const stageOnPage = () => document.querySelectorAll('.rehearsal-stage').length

    const run = rehearseScreens(w.win)
    expect(stageOnPage()).toBe(0)
    await w.nextIdle()
    expect(log.drawn).toEqual(expected.slice(0, 1))
    expect(stageOnPage()).toBe(1)
    await w.nextIdle()
    expect(log.drawn).toEqual(expected.slice(0, 2))
    expect(log.unmounted).toEqual([expected[0]?.name])
    while (w.waiting() > 0) await w.nextIdle()
    await act(() => run)

    expect(log.drawn).toEqual(expected)
    expect(log.unmounted).toEqual(expected.map((r) => r.name))
    // Laid out on the page with its style sheets, but hidden, inert and in a closed shadow root:
    // nothing shown, focused, read aloud or found by the page's queries or a test.
    expect(log.onPage.length).toBeGreaterThanOrEqual(expected.length)
    for (const place of log.onPage) {
      expect(place).toEqual({
        connected: true,
        closedShadow: true,
        hiddenHost: true,
        sheets: ['/assets/screens.css'],
      })
    }
    expect(document.querySelector('[data-screen]')).toBeNull()
    expect(container.textContent).toBe("the visitor's screen")
    expect(stageOnPage()).toBe(0)
    sheet.remove()
  })

  it('draws only what a first frame shows: no lower part, however long it stays', async () => {
    const log: Log = { drawn: [], onPage: [], unmounted: [] }
    const seen: string[] = []
    const registry = loggingRegistry(log)
    const Category = registry.category as ComponentType<{ route: Route }>
    registry.category = function Watched(props) {
      return (
        <div
          ref={(node) => {
            if (!node) return
            // Looked at after the frames and timers AfterFirstFrame would wait for.
            setTimeout(() => seen.push(node.textContent ?? ''), 50)
          }}
        >
          <Category route={props.route} />
        </div>
      )
    }
    await renderRehearsal(registry)
    const w = idleWindow()
    void rehearseScreens(w.win)
    await w.nextIdle()
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
    expect(log.drawn.map((r) => r.name)).toEqual(['category'])
    expect(seen).toEqual(['category'])
  })

  it('drops a screen that fails and goes on with the rest', async () => {
    const log: Log = { drawn: [], onPage: [], unmounted: [] }
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await renderRehearsal(loggingRegistry(log, 'service'))
    const w = idleWindow()
    const run = rehearseScreens(w.win)
    while (w.waiting() > 0) await w.nextIdle()
    await act(() => run)
    const names = log.drawn.map((r) => r.name)
    expect(names).not.toContain('service')
    expect(names).toEqual(
      rehearsalRoutes(oddContent())
        .map((r) => r.name)
        .filter((n) => n !== 'service'),
    )
    expect(screen.getByText("the visitor's screen")).toBeTruthy()
  })

  it('stops when unmounted mid-way (an idle reset), leaving no step waiting', async () => {
    const log: Log = { drawn: [], onPage: [], unmounted: [] }
    const { unmount } = await renderRehearsal(loggingRegistry(log))
    const w = idleWindow()
    const run = rehearseScreens(w.win)
    await w.nextIdle()
    await w.nextIdle()
    unmount()
    expect(document.querySelectorAll('.rehearsal-stage').length).toBe(0)
    while (w.waiting() > 0) await w.nextIdle()
    await run
    expect(log.drawn.map((r) => r.name)).toEqual(['category', 'service'])
  })

  it('makes no stage in a session that does not rehearse (every one after start-up)', async () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow')
    const log: Log = { drawn: [], onPage: [], unmounted: [] }
    const { unmount } = await renderRehearsal(loggingRegistry(log))
    unmount()
    expect(attach).not.toHaveBeenCalled()
    await renderRehearsal(loggingRegistry(log))
    const w = idleWindow()
    void rehearseScreens(w.win)
    await w.nextIdle()
    expect(attach).toHaveBeenCalledTimes(1)
  })

  it('does nothing when no rehearsal is mounted', async () => {
    const w = idleWindow()
    await rehearseScreens(w.win)
    expect(w.waiting()).toBe(0)
  })

  it("rehearses the real screens inside the app without touching the visitor's screen", async () => {
    const errors = vi.spyOn(console, 'error')
    await renderApp(fakeKioskApi({ content: oddContent() }))
    await act(async () => {})
    const heading = screen.getByRole('heading', { level: 1 })
    const focused = document.activeElement
    const w = idleWindow()
    const run = rehearseScreens(w.win)
    let idlePeriods = 0
    while (w.waiting() > 0) {
      await w.nextIdle()
      idlePeriods++
      expect(document.querySelectorAll('[data-screen]').length).toBe(1)
    }
    await act(() => run)
    // One idle period per screen, and one to clear the stage.
    expect(idlePeriods).toBe(rehearsalRoutes(oddContent()).length + 1)
    expect(document.querySelector<HTMLElement>('[data-screen]')?.dataset.screen).toBe('home')
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading)
    expect(document.activeElement).toBe(focused)
    expect(errors).not.toHaveBeenCalled()
  })
})
