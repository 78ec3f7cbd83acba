import { createElement, useEffect, useState, type ComponentType } from 'react'
import { useT } from '../i18n/useT'

/**
 * Which lazy parts are fetched first once the first screen is up: the visitor's screens, then the
 * staff's (admin, updates) with everything else, so a visitor's quick first tap does not wait
 * behind code only staff use (issue 25).
 */
export type PreloadWave = 'visitor' | 'staff'

/** Every lazy part's loader, so they can all be fetched once the first screen is up. */
const loaders: { wave: PreloadWave; load: () => Promise<unknown> }[] = []

/**
 * What shows in a lazy part's place while its code is still being fetched (a slow kiosk tapping
 * before the idle preload finished): the app's translated "Loading…", announced politely. It
 * stands where the part will be and is replaced by it, so nothing already on screen moves.
 */
function LoadingPart() {
  const { t } = useT()
  return (
    <p role="status" className="lazy-part-loading">
      {t('app.loading')}
    </p>
  )
}

/**
 * A component whose code is fetched on first use (its own chunk, not the start-up bundle).
 * Once fetched — by a first render or by `preloadLazyParts` — it renders synchronously, so a
 * tap on a preloaded screen never shows an empty frame. Until then the translated "Loading…"
 * stands in its place, and the part replaces it in the commit after its code arrives: a plain
 * state update, not a Suspense boundary, whose reveal React holds back for up to 300 ms after a
 * fallback was shown (a tap just after start-up waited ~330 ms for a screen whose code was
 * there after 50; issue 25). A failed fetch reaches the nearest error boundary and is retried
 * the next time the part is drawn.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  wave: PreloadWave = 'visitor',
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined
  let pending: Promise<ComponentType<P>> | undefined
  const fetchOnce = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined
        throw error
      },
    ))
  loaders.push({ wave, load: fetchOnce })
  type Arrival = { component: ComponentType<P> } | { failed: unknown }
  function LazyPart(props: P) {
    const [arrival, setArrival] = useState<Arrival | undefined>(() =>
      loaded ? { component: loaded } : undefined,
    )
    useEffect(() => {
      if (arrival) return
      let live = true
      fetchOnce().then(
        (component) => live && setArrival({ component }),
        (failed: unknown) => live && setArrival({ failed }),
      )
      return () => {
        live = false
      }
    }, [arrival])
    if (arrival && 'failed' in arrival) throw arrival.failed
    const component = arrival?.component ?? loaded
    return component ? createElement(component, props) : <LoadingPart />
  }
  return LazyPart
}

/**
 * Fetches the lazy parts of `wave` (every one when omitted) now; resolves when all have loaded
 * (a failed one is skipped).
 */
export async function preloadLazyParts(wave?: PreloadWave): Promise<void> {
  const wanted = loaders.filter((l) => wave === undefined || l.wave === wave)
  await Promise.allSettled(wanted.map(({ load }) => load()))
}

/**
 * Resolves in the page's next idle period, or after `timeoutMs` if none comes (Chromium — Electron
 * and the browser host — has requestIdleCallback).
 */
export const whenIdle = (win: Window, timeoutMs: number): Promise<void> =>
  new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: timeoutMs }))

/** Resolves once `body[data-<name>]` says one of `values`: at once if it already does. */
export function whenBodySays(doc: Document, name: string, ...values: string[]): Promise<void> {
  const says = () => values.includes(doc.body.dataset[name] ?? '')
  return new Promise((resolve) => {
    if (says()) return resolve()
    const observer = new MutationObserver(() => {
      if (!says()) return
      observer.disconnect()
      resolve()
    })
    observer.observe(doc.body, { attributes: true, attributeFilter: [`data-${name}`] })
  })
}

/**
 * Preloads the lazy parts once the app has signalled `body[data-ready]` and the content's
 * directory has come in (or failed: `body[data-directory]`), and that screen has been painted
 * (two animation frames), when the page is next idle: their fetching and evaluation never
 * compete with start-up or with the directory (which a first tap to a need waits for, while the
 * need screen is in the first bundle), and the first tap to them does not wait. The visitor's screens
 * come first, on their own; then, at the next idle time, the staff's parts and `also` (the other
 * languages' strings, warm-up).
 */
export function preloadAfterReady(doc: Document, ...also: (() => Promise<unknown>)[]): void {
  const win = doc.defaultView
  if (!win) return
  const preload = async () => {
    await whenIdle(win, 500)
    await preloadLazyParts('visitor')
    await whenIdle(win, 500)
    await Promise.allSettled([preloadLazyParts('staff'), ...also.map((f) => f())])
  }
  const ready = whenBodySays(doc, 'ready', 'true')
  const directory = whenBodySays(doc, 'directory', 'in', 'failed')
  void Promise.all([ready, directory]).then(() =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => void preload())),
  )
}
