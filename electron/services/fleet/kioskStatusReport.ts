import { statfs } from 'node:fs/promises'
import { countFreshness } from '../../../common/admin/contentFreshness'
import type { ContentSnapshot } from '../../../common/api/hostSchemas'
import { chinaDay } from '../../../common/domain/chinaTime'
import {
  KIOSK_STATUS_FORMAT,
  kioskStatusSchema,
  type KioskStatus,
  type LastInstall,
  type StatusPrinterState,
} from '../../../common/fleet/kioskStatus'
import type { PrinterStatus } from '../../../common/print/printApi'
import type { Settings } from '../../../common/settings/schema'
import type { UpdateLogEntry } from '../../../common/update/updateStatus'
import type { ErrorLogEntry } from '../logger/errorLog'
import type { RejectedVersion } from '../updates/rejectedVersions'

/** Everything the status file is made of, gathered by the heartbeat (heartbeat.ts). */
export interface StatusInputs {
  settings: Settings
  snapshot: ContentSnapshot | undefined
  /** Whether the served slot is an older one because the newest was unusable. */
  fellBack: boolean
  appVersion: string
  highWaterMark: number
  rejected: readonly RejectedVersion[]
  updateLog: readonly UpdateLogEntry[]
  errors: readonly ErrorLogEntry[]
  printer: { state: StatusPrinterState; since: Date | null }
  dataFreeBytes: number | null
  uptimeSeconds: number
  /** The kiosk's clock (KIOSK_NOW-aware) and the machine's. */
  kioskClock: Date
  machineNow: Date
}

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_AREAS = 40

/** The printer as the office reads it; per-visitor limits are not a printer state. */
export function printerStateOf(status: PrinterStatus | undefined): StatusPrinterState {
  if (!status) return 'offline'
  const fault = status.fault
  if (fault === 'none') return 'none'
  if (fault === undefined || fault === 'limit-session' || fault === 'limit-hour')
    return status.paperLow ? 'paper-low' : 'ready'
  return fault
}

/**
 * The last install attempt worth telling the office: refusals of a package older than or equal
 * to what is installed (the same package still lying in the folder, seen again after a restart)
 * and an administrator's confirmation of installed versions are left out, so "last install"
 * stays the one that mattered.
 */
export function lastInstallOf(log: readonly UpdateLogEntry[]): LastInstall | null {
  // An administrator confirming installed versions (issue 23, finding 10) is not an install.
  const entry = [...log]
    .reverse()
    .find(
      (e): e is UpdateLogEntry & { outcome: LastInstall['outcome'] } =>
        e.outcome !== 'versions-confirmed' && !(e.outcome === 'refused' && e.code === 'not-newer'),
    )
  if (!entry) return null
  return {
    at: new Date(entry.at).toISOString(),
    outcome: entry.outcome,
    reason: entry.reason.slice(0, 500),
    ...(entry.contentVersion !== undefined ? { contentVersion: entry.contentVersion } : {}),
  }
}

/** Warnings and errors of the 24 h before `now` by area; the busiest areas first when capped. */
export function errorCounts(errors: readonly ErrorLogEntry[], now: Date): KioskStatus['errors24h'] {
  const since = now.getTime() - DAY_MS
  const counts = new Map<string, number>()
  for (const e of errors) {
    const at = Date.parse(e.at)
    if (e.level === 'info' || !(at > since && at <= now.getTime())) continue
    const area = e.area.slice(0, 64)
    counts.set(area, (counts.get(area) ?? 0) + 1)
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_AREAS)
  return { total, byArea: Object.fromEntries(top) }
}

/**
 * Builds the heartbeat from what the kiosk knows about itself. Only the kiosk's identity,
 * versions, counters and machine state go in: nothing a visitor typed or chose, no session, no
 * file paths. The result is parsed with the shared schema, so a kiosk never writes a file the
 * office cannot read.
 */
export function buildKioskStatus(inputs: StatusInputs): KioskStatus {
  const { settings, snapshot } = inputs
  const content = snapshot?.content
  const site = settings.customSite
    ? { id: null, name: settings.customSite.name['zh-Hans'] ?? null }
    : (() => {
        const id = settings.siteId ?? content?.dataset.defaultSiteId ?? null
        const found = content?.kioskSites.find((s) => s.id === id)
        return { id: found ? found.id : null, name: found?.name['zh-Hans'] ?? null }
      })()
  const status: KioskStatus = {
    format: KIOSK_STATUS_FORMAT,
    kioskId: settings.kioskId,
    name: settings.displayName,
    site: { id: site.id, name: site.name?.slice(0, 200) ?? null },
    groups: settings.groups,
    appVersion: inputs.appVersion.slice(0, 40),
    content: {
      version: content?.dataset.contentVersion ?? 0,
      sha256: snapshot && snapshot.source !== 'factory' ? snapshot.sha256 : null,
      fellBack: inputs.fellBack,
    },
    highWaterMark: inputs.highWaterMark,
    rejectedVersions: inputs.rejected.slice(0, 50).map((r) => r.contentVersion),
    lastInstall: lastInstallOf(inputs.updateLog),
    itemsPastReview: content ? countFreshness(content, chinaDay(inputs.kioskClock)).past : 0,
    printer: { state: inputs.printer.state, since: inputs.printer.since?.toISOString() ?? null },
    errors24h: errorCounts(inputs.errors, inputs.machineNow),
    dataFreeBytes: inputs.dataFreeBytes,
    uptimeSeconds: Math.max(0, Math.floor(inputs.uptimeSeconds)),
    kioskClock: inputs.kioskClock.toISOString(),
    writtenAt: inputs.machineNow.toISOString(),
  }
  return kioskStatusSchema.parse(status)
}

/** Free bytes on the volume holding `dir` (null where the OS will not say). */
export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir)
    return Math.floor(Number(s.bavail) * Number(s.bsize))
  } catch {
    return null
  }
}
