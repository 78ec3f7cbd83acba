import { createElement, lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'

/** Every lazy part's loader, so they can all be fetched once the first screen is up. */
const loaders: (() => Promise<unknown>)[] = []

/**
 * What shows in a lazy part's place while its code is still being fetched (a slow kiosk tapping
 * before the idle preload finished): the app's translated "Loading…", announced politely. It
 * stands where the part will be and is replaced by it, so nothing already on screen moves.
 */
function LoadingPart() {
  const { t } = useTranslation()
  return (
    <p role="status" className="lazy-part-loading">
      {t('app.loading')}
    </p>
  )
}

/**
 * A component whose code is fetched on first use (its own chunk, not the start-up bundle).
 * Once fetched — by a first render or by `preloadLazyParts` — it renders synchronously, so a
 * tap on a preloaded screen never shows an empty frame. A failed fetch is retried next time.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
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
  loaders.push(fetchOnce)
  const Deferred = lazy(() => fetchOnce().then((component) => ({ default: component })))
  function LazyPart(props: P) {
    if (loaded) return createElement(loaded, props)
    return <Suspense fallback={<LoadingPart />}>{createElement(Deferred, props)}</Suspense>
  }
  return LazyPart
}

/** Fetches every lazy part now; resolves when all have loaded (a failed one is skipped). */
export async function preloadLazyParts(): Promise<void> {
  await Promise.allSettled(loaders.map((load) => load()))
}

/**
 * Preloads the lazy parts once the app has signalled `body[data-ready]` and that first screen has
 * been painted (two animation frames), when the page is next idle: their fetching and evaluation
 * never compete with start-up, and the first tap to them does not wait. `also` are more loaders
 * to run then (the other languages' strings).
 */
export function preloadAfterReady(doc: Document, ...also: (() => Promise<unknown>)[]): void {
  const win = doc.defaultView
  if (!win) return
  // Chromium (Electron and the browser host) has requestIdleCallback; the timeout bounds the wait.
  const whenIdle = (run: () => void) => win.requestIdleCallback(run, { timeout: 500 })
  const start = () =>
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() =>
        whenIdle(() => void Promise.allSettled([preloadLazyParts(), ...also.map((f) => f())])),
      ),
    )
  if (doc.body.dataset.ready === 'true') return void start()
  const observer = new MutationObserver(() => {
    if (doc.body.dataset.ready !== 'true') return
    observer.disconnect()
    start()
  })
  observer.observe(doc.body, { attributes: true, attributeFilter: ['data-ready'] })
}
