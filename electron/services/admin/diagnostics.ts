import type { AppInfo, ContentSnapshot } from '../../../common/api/kioskApi'
import type { Diagnostics } from '../../../common/admin/schemas'
import { visibleContent } from '../../../common/content/visibility'
import { tymeCalendar } from '../../../common/domain/tymeCalendar'
import type { UpdateLogEntry } from '../../../common/update/updateStatus'
import type { ErrorLogEntry } from '../logger/errorLog'

/** A clock earlier than this is a dead RTC battery or a reset, not a real date. */
export const PLAUSIBLE_CLOCK_FLOOR = Date.parse('2020-01-01T00:00:00Z')
const RECENT_ERRORS = 20
const RECENT_UPDATES = 20

export interface DiagnosticsSources {
  info: AppInfo
  snapshot: ContentSnapshot
  now: Date
  uptimeSeconds: number
  freeDiskBytes?: number
  errors: readonly ErrorLogEntry[]
  updateAttempts: readonly UpdateLogEntry[]
}

/** Why the host clock looks wrong, if it does: older than the content, or implausibly old. */
export function clockWarning(now: Date, publishedAt: string): Diagnostics['clock']['warning'] {
  const t = now.getTime()
  if (!Number.isFinite(t) || t < PLAUSIBLE_CLOCK_FLOOR) return 'implausibly-old'
  if (t < Date.parse(publishedAt)) return 'before-content'
  return undefined
}

/**
 * The health summary staff read on the diagnostics screen: versions, where the content came
 * from and who signed it, what the clock hides today, recent update attempts and errors (most
 * recent first, bounded), uptime, and whether the clock can be trusted.
 */
export function buildDiagnostics(src: DiagnosticsSources): Diagnostics {
  const { dataset } = src.snapshot.content
  const warning = clockWarning(src.now, dataset.publishedAt)
  return {
    appVersion: src.info.version,
    host: src.info.host,
    content: {
      datasetId: dataset.id,
      contentVersion: dataset.contentVersion,
      publishedAt: dataset.publishedAt,
      source: src.snapshot.source,
      ...(src.snapshot.signer ? { signer: src.snapshot.signer } : {}),
      sample: dataset.sample,
    },
    hiddenItems: visibleContent(src.snapshot.content, src.now, tymeCalendar).hidden,
    updateAttempts: src.updateAttempts.slice(-RECENT_UPDATES).reverse(),
    uptimeSeconds: Math.max(0, Math.floor(src.uptimeSeconds)),
    ...(src.freeDiskBytes !== undefined ? { freeDiskBytes: Math.floor(src.freeDiskBytes) } : {}),
    recentErrors: src.errors
      .slice(-RECENT_ERRORS)
      .reverse()
      .map((e) => ({ at: e.at, level: e.level, area: e.area, message: e.message })),
    clock: {
      now: src.now.toISOString(),
      overridden: src.info.clockOverridden,
      ...(warning ? { warning } : {}),
    },
  }
}
