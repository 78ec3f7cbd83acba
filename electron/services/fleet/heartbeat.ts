import type { ContentSnapshot } from '../../../common/api/hostSchemas'
import { kioskStatusPath, type StatusPrinterState } from '../../../common/fleet/kioskStatus'
import type { PrinterStatus } from '../../../common/print/printApi'
import type { Settings } from '../../../common/settings/schema'
import type { UpdateLogEntry } from '../../../common/update/updateStatus'
import type { ErrorLogEntry } from '../logger/errorLog'
import type { Logger } from '../logger/logger'
import { writeStickFile } from '../removableMedia/stickWrite'
import { readRejectedVersions } from '../updates/rejectedVersions'
import { readPointer } from '../updates/slotLayout'
import { effectiveHighWaterMark } from '../updates/slots'
import { buildKioskStatus, freeBytes, printerStateOf } from './kioskStatusReport'

/** Not a visitor: the print service's per-visit limits never apply to this made-up visit. */
const HEARTBEAT_VISIT = 'kiosk-heartbeat'

export interface HeartbeatDeps {
  dataDir: string
  settings: { get(): Promise<Settings> }
  content: { get(): Promise<ContentSnapshot> }
  appVersion: string
  errors: { entries(): readonly ErrorLogEntry[] }
  updateLog: () => Promise<readonly UpdateLogEntry[]>
  /** The printer as the Print button sees it (absent: no print service on this host). */
  printerStatus?: (visit: string) => Promise<PrinterStatus>
  /** The kiosk's clock (KIOSK_NOW-aware). */
  kioskClock: () => Date
  now?: () => Date
  uptimeSeconds?: () => number
  log?: Logger
}

export interface Heartbeat {
  /** Writes the status file into every send-and-receive folder now; resolves when done. */
  writeNow(): Promise<void>
  start(): void
  stop(): void
}

/**
 * The kiosk's heartbeat (issue 20): every `updates.statusMinutes` and after each install, it
 * writes `KIOSK-STATUS/<kiosk id>.json` (temp file + rename, replacing the last one) into each
 * watched folder marked `sendStatus`. A folder that cannot be written is logged and skipped; the
 * next beat tries again. Writes never overlap.
 */
export function createHeartbeat(deps: HeartbeatDeps): Heartbeat {
  const now = deps.now ?? (() => new Date())
  const startedAt = now().getTime()
  let printer: { state: StatusPrinterState; since: Date | null } | undefined
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let stopped = true

  async function printerNow() {
    const status = await deps.printerStatus?.(HEARTBEAT_VISIT).catch(() => undefined)
    const state = deps.printerStatus ? printerStateOf(status) : 'none'
    // Since the kiosk first saw this state; unknown (null) for the state it started in.
    if (printer?.state !== state) printer = { state, since: printer ? now() : null }
    return printer
  }

  async function fellBack(snapshot: ContentSnapshot | undefined): Promise<boolean> {
    if (snapshot?.source !== 'update') return false
    const { pointer } = await readPointer(deps.dataDir)
    const active = pointer ? Number(pointer.active.slice(1, pointer.active.indexOf('-'))) : NaN
    return active !== snapshot.content.dataset.contentVersion
  }

  async function beat(): Promise<void> {
    const settings = await deps.settings.get()
    const folders = settings.updates.watchFolders.filter((f) => f.sendStatus)
    if (folders.length === 0) return
    const snapshot = await deps.content.get().catch(() => undefined)
    const status = buildKioskStatus({
      settings,
      snapshot,
      fellBack: await fellBack(snapshot),
      appVersion: deps.appVersion,
      highWaterMark: await effectiveHighWaterMark(deps.dataDir, deps.log),
      rejected: await readRejectedVersions(deps.dataDir, deps.log),
      updateLog: await deps.updateLog(),
      errors: deps.errors.entries(),
      printer: await printerNow(),
      dataFreeBytes: await freeBytes(deps.dataDir),
      uptimeSeconds: deps.uptimeSeconds?.() ?? (now().getTime() - startedAt) / 1000,
      kioskClock: deps.kioskClock(),
      machineNow: now(),
    })
    const text = `${JSON.stringify(status, null, 2)}\n`
    for (const folder of folders) {
      try {
        await writeStickFile(folder.path, kioskStatusPath(status.kioskId), text, {
          mode: 'replace',
        })
      } catch (err) {
        deps.log?.({
          level: 'warn',
          area: 'fleet',
          message: `could not write the status file (${err instanceof Error ? err.message : String(err)})`,
          file: folder.path,
        })
      }
    }
  }

  const writeNow = (): Promise<void> => {
    const run = (running ?? Promise.resolve()).then(beat).catch((err: unknown) =>
      deps.log?.({
        level: 'error',
        area: 'fleet',
        message: `the status file could not be made: ${err instanceof Error ? err.message : String(err)}`,
      }),
    )
    running = run
    return run
  }

  async function schedule(): Promise<void> {
    if (stopped) return
    const minutes = (await deps.settings.get().catch(() => undefined))?.updates.statusMinutes ?? 15
    if (stopped) return
    timer = setTimeout(() => void writeNow().finally(() => void schedule()), minutes * 60_000)
    timer.unref?.()
  }

  return {
    writeNow,
    start() {
      if (!stopped) return
      stopped = false
      void writeNow().finally(() => void schedule())
    },
    stop() {
      stopped = true
      clearTimeout(timer)
      timer = undefined
    },
  }
}
