import type { AppInfo, ContentSnapshot, KioskApi } from '../../common/api/kioskApi'
import type { CalendarFacts } from '../../common/domain/calendar'
import type { Settings } from '../../common/settings/schema'

/**
 * Whether the snapshot holds the content's directory (services and places): the first load
 * brings the home form without it (`content.home`), the whole dataset follows (`content.get`).
 */
export type Directory = 'waiting' | 'failed' | 'in'

export type Loaded = {
  kind: 'loaded'
  snapshot: ContentSnapshot
  directory: Directory
  settings: Settings
  clockOffsetMs: number
  /** The host's festival and holiday facts for the years around its today. */
  calendar: CalendarFacts
}

function offsetFrom(info: AppInfo): number {
  const hostMs = Date.parse(info.now)
  return Number.isFinite(hostMs) ? hostMs - Date.now() : 0
}

/**
 * What home needs, asked for together (in parallel): the content without its directory, the
 * settings, the host clock and its calendar facts. The directory is asked for after home is up.
 */
export async function loadAll(api: KioskApi): Promise<Loaded> {
  const [snapshot, settings, info, calendar] = await Promise.all([
    api.content.home(),
    api.settings.get(),
    api.app.info(),
    api.app.calendar(),
  ])
  return {
    kind: 'loaded',
    snapshot,
    directory: 'waiting',
    settings,
    clockOffsetMs: offsetFrom(info),
    calendar,
  }
}

const started = new WeakMap<KioskApi, Promise<Loaded>>()
/** The early load's result once it has arrived, until `firstLoad` hands the load over. */
const arrived = new WeakMap<KioskApi, Loaded>()

/**
 * Starts the first load before React and the screens' code have run (called from the entry
 * module), so the host's replies travel while the rest of the bundle is still being evaluated.
 * A failure is kept for `firstLoad` to report, never thrown unhandled here.
 */
export function startFirstLoad(api: KioskApi): void {
  if (started.has(api)) return
  const load = loadAll(api)
  load.then(
    (loaded) => {
      if (started.get(api) === load) arrived.set(api, loaded)
    },
    () => undefined,
  )
  started.set(api, load)
}

/**
 * Resolves once the early load has settled (either way) or after `capMs`, whichever is first;
 * at once when none was started. The entry waits on it before the first render, so a host that
 * has already answered gets home in React's first render, with no "Loading…" pass before it.
 */
export function firstLoadSettled(api: KioskApi, capMs: number): Promise<void> {
  const early = started.get(api)
  if (early === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, capMs)
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    early.then(done, done)
  })
}

/** The early load's result if it has already arrived; it stays `firstLoad`'s to hand over. */
export function arrivedFirstLoad(api: KioskApi): Loaded | undefined {
  return arrived.get(api)
}

/**
 * The load started early for this api, handed out once; otherwise (tests, retries after a
 * failure) a fresh load, so a retry never reuses a failed reply.
 */
export function firstLoad(api: KioskApi): Promise<Loaded> {
  const early = started.get(api)
  if (early === undefined) return loadAll(api)
  started.delete(api)
  arrived.delete(api)
  return early
}
