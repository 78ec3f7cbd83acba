import type { AppInfo, ContentSnapshot, KioskApi } from '../../common/api/kioskApi'
import type { CalendarFacts } from '../../common/domain/calendar'
import type { Settings } from '../../common/settings/schema'

export type Loaded = {
  kind: 'loaded'
  snapshot: ContentSnapshot
  settings: Settings
  clockOffsetMs: number
  /** The host's festival and holiday facts for the years around its today. */
  calendar: CalendarFacts
}

function offsetFrom(info: AppInfo): number {
  const hostMs = Date.parse(info.now)
  return Number.isFinite(hostMs) ? hostMs - Date.now() : 0
}

/** Content, settings, the host clock and its calendar facts, asked for together (in parallel). */
export async function loadAll(api: KioskApi): Promise<Loaded> {
  const [snapshot, settings, info, calendar] = await Promise.all([
    api.content.get(),
    api.settings.get(),
    api.app.info(),
    api.app.calendar(),
  ])
  return { kind: 'loaded', snapshot, settings, clockOffsetMs: offsetFrom(info), calendar }
}

const started = new WeakMap<KioskApi, Promise<Loaded>>()

/**
 * Starts the first load before React and the screens' code have run (called from the entry
 * module), so the host's replies travel while the rest of the bundle is still being evaluated.
 * A failure is kept for `firstLoad` to report, never thrown unhandled here.
 */
export function startFirstLoad(api: KioskApi): void {
  if (started.has(api)) return
  const load = loadAll(api)
  load.catch(() => undefined)
  started.set(api, load)
}

/**
 * The load started early for this api, handed out once; otherwise (tests, retries after a
 * failure) a fresh load, so a retry never reuses a failed reply.
 */
export function firstLoad(api: KioskApi): Promise<Loaded> {
  const early = started.get(api)
  if (early === undefined) return loadAll(api)
  started.delete(api)
  return early
}
