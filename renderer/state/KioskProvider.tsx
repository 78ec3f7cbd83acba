import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import type { Settings } from '../../common/settings/schema'
import { DEFAULT_LANGUAGE, type Language } from '../../common/content/primitives'
import { calendarFromFacts } from '../../common/domain/calendar'
import { chinaDay } from '../../common/domain/chinaTime'
import { hasLanguage, i18n, loadLanguage } from '../i18n'
import { arrivedFirstLoad, firstLoad, type Loaded } from './firstLoad'
import { KioskContext, type KioskState } from './kioskContext'
import { LoadScreen } from './LoadScreen'
import { resolveSite } from './site'
import { visibleToday, warmIndexes } from './contentIndex'

type LoadState = { kind: 'loading' } | { kind: 'failed'; message: string } | Loaded

/** How long to wait before asking the host again after the first load failed. */
const RETRY_MS = 10_000
/** How often "today" is re-evaluated, so an expiring notice disappears without a restart. */
const CLOCK_TICK_MS = 60_000

/** The language most recently asked for: a slower fetch of an earlier choice must not win. */
let wantedLanguage: Language = DEFAULT_LANGUAGE

/** Switches the UI strings; a language not loaded yet switches as soon as its strings arrive. */
function applyLanguage(lang: Language): void {
  wantedLanguage = lang
  const change = () => {
    if (wantedLanguage === lang && i18n.language !== lang) void i18n.changeLanguage(lang)
  }
  if (hasLanguage(lang)) return change()
  loadLanguage(lang).then(change, (error: unknown) =>
    console.error(`kiosk: could not load the ${lang} strings`, error),
  )
}

/**
 * Loads content, settings and the host clock through the KioskApi, then provides the kiosk state.
 * The first load brings the content without its directory (what home shows); the whole dataset
 * follows once home is painted (`useDirectory`). Host notices reload what changed; a failed
 * reload keeps the last good data on screen. A failed first load shows a plain message (with the
 * hotline advice) and is retried every RETRY_MS. Signals `document.body.dataset.ready = 'true'`
 * once the first load succeeded, and `dataset.directory` (`waiting`, `failed`, `in`).
 */
export function KioskProvider({ api, children }: { api: KioskApi; children: ReactNode }) {
  // The early load, when its replies came before React's first render (main.tsx waits briefly
  // for them): home is then the first thing rendered, with no "Loading…" frame before it.
  const [arrived] = useState(() => arrivedFirstLoad(api))
  const [load, setLoad] = useState<LoadState>(() => arrived ?? { kind: 'loading' })
  const [lang, setLangState] = useState<Language>(
    () => arrived?.settings.defaultLanguage ?? DEFAULT_LANGUAGE,
  )
  const [largeText, setLargeText] = useState(() => arrived?.settings.largeText ?? false)
  const [highContrast, setHighContrast] = useState(() => arrived?.settings.highContrast ?? false)
  const [sessionId, setSessionId] = useState(0)
  const [tickMs, setTickMs] = useState(() => Date.now())

  /** A session starts in the kiosk's default language and display settings. */
  const adoptDefaults = useCallback((settings: Settings) => {
    applyLanguage(settings.defaultLanguage)
    setLangState(settings.defaultLanguage)
    setLargeText(settings.largeText)
    setHighContrast(settings.highContrast)
  }, [])

  useEffect(() => {
    let live = true
    let retry: ReturnType<typeof setTimeout> | undefined
    const attempt = () =>
      firstLoad(api).then(
        (loaded) => {
          if (!live) return
          adoptDefaults(loaded.settings)
          setLoad(loaded)
          setTickMs(Date.now())
        },
        (error: unknown) => {
          console.error('kiosk: could not load content or settings; retrying', error)
          if (!live) return
          setLoad({ kind: 'failed', message: String(error) })
          retry = setTimeout(attempt, RETRY_MS)
        },
      )
    // Taking the early load over (already shown) so a later mount asks the host afresh.
    if (arrived) void firstLoad(api)
    else void attempt()
    const unsubscribe = api.events.subscribe((notice) => {
      if (notice.kind === 'content-changed') {
        api.content.get().then(
          (snapshot) =>
            setLoad((prev) =>
              prev.kind === 'loaded' ? { ...prev, snapshot, directory: 'in' } : prev,
            ),
          (error: unknown) => console.warn('kiosk: content reload failed; keeping the last', error),
        )
      } else if (notice.kind === 'settings-changed') {
        api.settings.get().then(
          (settings) => setLoad((prev) => (prev.kind === 'loaded' ? { ...prev, settings } : prev)),
          (error: unknown) =>
            console.warn('kiosk: settings reload failed; keeping the last', error),
        )
      }
    })
    const timer = setInterval(() => setTickMs(Date.now()), CLOCK_TICK_MS)
    return () => {
      live = false
      clearTimeout(retry)
      unsubscribe()
      clearInterval(timer)
    }
  }, [api, arrived, adoptDefaults])

  const loaded = load.kind === 'loaded' ? load : undefined
  // Marked in the commit that puts home in the document, before it is painted: the mark says
  // "home is on screen", not "and the effects after it have run" (they follow within a frame).
  useLayoutEffect(() => {
    if (loaded) document.body.dataset.ready = 'true'
  }, [loaded])
  const directory = loaded?.directory
  useLayoutEffect(() => {
    if (directory) document.body.dataset.directory = directory
  }, [directory])
  useDirectory(api, directory !== undefined && directory !== 'in', setLoad)

  const offsetMs = loaded?.clockOffsetMs ?? 0
  const now = useCallback(() => new Date(Date.now() + offsetMs), [offsetMs])

  const facts = loaded?.calendar
  const calendar = useMemo(() => (facts ? calendarFromFacts(facts) : undefined), [facts])
  useCalendarRefresh(api, loaded ? chinaDay(new Date(tickMs + offsetMs)) : undefined, setLoad)

  const visible = useMemo(
    () =>
      loaded && calendar
        ? visibleToday(loaded.snapshot.content, new Date(tickMs + offsetMs), calendar)
        : undefined,
    [loaded, calendar, tickMs, offsetMs, sessionId], // eslint-disable-line react-hooks/exhaustive-deps
  )
  // Home's form judged visibility with its services' stubs (common/api/contentHome.ts): the
  // needs and the screener home shows are today's. No screen sees a stub.
  const visibleContent = visible?.content
  const content = useMemo(
    () =>
      visibleContent && directory !== 'in' ? { ...visibleContent, services: [] } : visibleContent,
    [visibleContent, directory],
  )

  const settings = loaded?.settings
  const offered = settings?.languages
  const currentLang =
    offered && !offered.includes(lang) ? (settings?.defaultLanguage ?? lang) : lang

  useEffect(() => {
    applyLanguage(currentLang)
    document.documentElement.lang = currentLang
    document.documentElement.dataset.largeText = String(largeText)
    document.documentElement.dataset.contrast = highContrast ? 'high' : 'normal'
  }, [currentLang, largeText, highContrast])

  const setLang = useCallback((l: Language) => {
    applyLanguage(l)
    setLangState(l)
  }, [])

  const resetSession = useCallback(() => {
    if (settings) adoptDefaults(settings)
    setTickMs(Date.now())
    setSessionId((n) => n + 1)
  }, [settings, adoptDefaults])

  const reportProblem = useCallback(
    (problem: Parameters<KioskState['reportProblem']>[0]) => api.app.reportProblem(problem),
    [api],
  )

  const state = useMemo<KioskState | undefined>(() => {
    if (!loaded || !visible || !content || !calendar) return undefined
    return {
      content,
      directory: loaded.directory,
      settings: loaded.settings,
      site: resolveSite(visible.content, loaded.settings),
      now,
      calendar,
      clockSuspect: visible.clockSuspect,
      lang: currentLang,
      setLang,
      largeText,
      highContrast,
      toggleLargeText: () => setLargeText((v) => !v),
      toggleHighContrast: () => setHighContrast((v) => !v),
      sessionId,
      resetSession,
      reportProblem,
    }
  }, [
    loaded,
    visible,
    content,
    calendar,
    now,
    currentLang,
    setLang,
    largeText,
    highContrast,
    sessionId,
    resetSession,
    reportProblem,
  ])

  // The need index and the ranking from this site, built while nobody is tapping (contentIndex).
  const shownContent = directory === 'in' ? state?.content : undefined
  const siteGeo = state?.site.geo
  useEffect(() => {
    if (!shownContent || typeof requestIdleCallback !== 'function') return
    const id = requestIdleCallback(() => warmIndexes(shownContent, siteGeo), { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }, [shownContent, siteGeo])

  if (!state) return <LoadScreen failed={load.kind === 'failed'} />
  return <KioskContext.Provider value={state}>{children}</KioskContext.Provider>
}

/**
 * Asks for the whole dataset while `waiting` (home is up on the content's home form): two
 * animation frames after the commit, so its transfer and parsing never hold home's first paint,
 * and before the idle preloads. It takes the home form's place; a whole dataset already there (a
 * content-changed reload came first) is kept. A failed ask marks the directory `failed` (the
 * screens that need it say the information could not be loaded) and is retried every RETRY_MS.
 */
function useDirectory(
  api: KioskApi,
  waiting: boolean,
  setLoad: (update: (prev: LoadState) => LoadState) => void,
): void {
  useEffect(() => {
    if (!waiting) return
    let live = true
    let retry: ReturnType<typeof setTimeout> | undefined
    const ask = () =>
      api.content.get().then(
        (snapshot) =>
          live &&
          setLoad((prev) =>
            prev.kind === 'loaded' && prev.directory !== 'in'
              ? { ...prev, snapshot, directory: 'in' }
              : prev,
          ),
        (error: unknown) => {
          if (!live) return
          console.warn('kiosk: could not load the places and services; retrying', error)
          setLoad((prev) =>
            prev.kind === 'loaded' && prev.directory === 'waiting'
              ? { ...prev, directory: 'failed' }
              : prev,
          )
          retry = setTimeout(ask, RETRY_MS)
        },
      )
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => void ask())))
    return () => {
      live = false
      cancelAnimationFrame(frame)
      clearTimeout(retry)
    }
  }, [api, waiting, setLoad])
}

/**
 * Asks the host for its calendar facts again whenever the China day (host clock) changes, so a
 * kiosk running for years keeps the years around today covered; the facts already held cover two
 * years either side, so nothing is wrong while the reply travels, and a failed ask keeps them.
 */
function useCalendarRefresh(
  api: KioskApi,
  day: string | undefined,
  setLoad: (update: (prev: LoadState) => LoadState) => void,
): void {
  const factsDay = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (day === undefined || factsDay.current === day) return
    const first = factsDay.current === undefined
    factsDay.current = day
    if (first) return // the first load has just brought them
    api.app.calendar().then(
      (calendar) => setLoad((prev) => (prev.kind === 'loaded' ? { ...prev, calendar } : prev)),
      (error: unknown) => console.warn('kiosk: calendar refresh failed; keeping the last', error),
    )
  }, [api, day, setLoad])
}
