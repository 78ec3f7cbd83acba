import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { RendererProblem } from '../../common/api/rendererProblem'
import type { Content, Language } from '../../common/content/schema'
import { calendarFromFacts } from '../../common/domain/calendar'
import { calendarFacts } from '../../common/domain/tymeCalendar'
import { defaultSettings } from '../../common/settings/schema'
import { i18n } from '../i18n'
import { NavigationContext, type Navigation } from '../navigation/navigationContext'
import type { Route } from '../navigation/routes'
import { KioskContext, type KioskState } from '../state/kioskContext'
import { resolveSite } from '../state/site'

export type PlacesTestOptions = {
  content: Content
  lang?: Language
  /** The host clock the screens judge opening hours by. */
  now?: string
  sessionId?: number
  /** Collects what the screen writes to the host's error log. */
  problems?: RendererProblem[]
}

/** Test helper: the kiosk state a screen sees, over fixed content and a fixed clock. */
export function testKiosk(opts: PlacesTestOptions): KioskState {
  const settings = defaultSettings()
  const lang = opts.lang ?? 'en'
  const now = opts.now ?? '2021-01-20T10:00:00+08:00'
  return {
    content: opts.content,
    directory: 'in',
    settings,
    site: resolveSite(opts.content, settings),
    now: () => new Date(now),
    calendar: calendarFromFacts(calendarFacts(Number(now.slice(0, 4)))),
    clockSuspect: false,
    lang,
    setLang: () => undefined,
    largeText: false,
    highContrast: false,
    toggleLargeText: () => undefined,
    toggleHighContrast: () => undefined,
    sessionId: opts.sessionId ?? 1,
    resetSession: () => undefined,
    reportProblem: async (problem) => {
      opts.problems?.push(problem)
    },
  }
}

/**
 * Test helper: renders `ui` with kiosk state, a navigation that records every move, and the
 * app's i18n in the chosen language. `rerenderWith` swaps the kiosk state (e.g. a new session).
 */
export function renderWithKiosk(ui: ReactElement, opts: PlacesTestOptions) {
  const moves: Route[] = []
  const nav: Navigation = {
    route: { name: 'home' },
    navigate: (r) => moves.push(r),
    back: () => undefined,
    home: () => undefined,
    canGoBack: false,
    depth: 1,
  }
  void i18n.changeLanguage(opts.lang ?? 'en')
  const wrap = (state: KioskState) => (
    <KioskContext.Provider value={state}>
      <NavigationContext.Provider value={nav}>{ui}</NavigationContext.Provider>
    </KioskContext.Provider>
  )
  const result: RenderResult = render(wrap(testKiosk(opts)))
  return {
    ...result,
    moves,
    rerenderWith: (next: PlacesTestOptions) => result.rerender(wrap(testKiosk(next))),
  }
}
