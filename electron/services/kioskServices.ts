import type { AppInfo, HostNotice } from '../../common/api/kioskApi'
import type { RendererProblem } from '../../common/api/rendererProblem'
import type { CalendarFacts } from '../../common/domain/calendar'
import type { Settings } from '../../common/settings/schema'
import type { UpdatesApi } from '../../common/update/updatesApi'
import type { AdminService } from './admin/adminService'
import type { HostControl } from './admin/hostActions'
import type { ContentFiles } from './contentFiles'
import type { ActiveSlotLoader, ContentService } from './contentService'
import type { Logger } from './logger/logger'
import type { PrintService } from './printing/printService'
import type { OsPrint } from './printing/transports'
import type { StatsService } from './stats/statsService'

/**
 * The host-side implementation of the KioskApi, shared by both hosts. The Electron host exposes
 * it over IPC and the browser host over HTTP; neither adds behaviour of its own, so the two
 * hosts cannot drift apart. Built by `createKioskServices` (the composition root).
 */
export interface KioskServices {
  content: Pick<ContentService, 'get' | 'home'>
  settings: { get(): Promise<Settings> }
  app: {
    info(): Promise<AppInfo>
    /** Festival days and holidays around the host's today (the renderer ships no calendar). */
    calendar(): Promise<CalendarFacts>
    /** A problem the page worked around, for the error log (rate-limited: rendererProblems.ts). */
    reportProblem(problem: RendererProblem): void
  }
  /** PIN, admin session, settings changes, diagnostics; absent on a host built without admin. */
  admin?: AdminService
  /** Anonymous usage counters; absent on a host built without them. */
  stats?: StatsService
  /** Update packages for the staff screen (built by `createKioskUpdates`); absent where none. */
  updates?: UpdatesApi
  /** Slip printer (issue 15); absent on a host built without printing. */
  print?: PrintService
  /** Files the content refers to (maps, speech), served under `content-files/`; absent where none. */
  contentFiles?: ContentFiles
  /** Subscribe to host notices; returns the unsubscribe function. */
  onNotice(listener: (notice: HostNotice) => void): () => void
  /** Stop watchers and flush stores. */
  close(): Promise<void>
}

export type { HostControl }

export interface KioskServicesOptions {
  /** Where settings and state live (durable stores, update slots, logs). */
  dataDir: string
  /** The shipped resources folder: factory content, trusted keys, fonts. */
  resourcesDir: string
  host: AppInfo['host']
  /** Environment to read `KIOSK_NOW` and similar from; defaults to process.env. */
  env?: Record<string, string | undefined>
  /** A content file to preview instead of the installed content; defaults to `KIOSK_CONTENT`. */
  contentFile?: string
  /** Loads the installed update slot; default: `loadActiveSlot` from updates/slots.ts. */
  slotLoader?: ActiveSlotLoader
  /** Where log records go besides the error log; default: stderr. */
  log?: Logger
  /** package.json for name/version; default: the one at the app root above this module. */
  packageJsonFile?: string
  /** Folders watched for update packages besides removable drives and the settings' ones (`--watch DIR`). */
  watchFolders?: readonly string[]
  /**
   * How often drives and watched folders are looked at (default 1.5 s). The bench lowers it to
   * measure "last file arrives → new content on screen" without the poll's wait dominating.
   */
  updatePollMs?: number
  /** Where removable drives appear; default: this platform's mount folders (tests pass a temp folder). */
  driveRoots?: () => Promise<string[]>
  /** Restart / quit for admin mode; absent on the browser host, which then offers neither. */
  hostControl?: HostControl
  /** The OS printer (Electron's silent printing); absent on the browser host. */
  osPrint?: OsPrint
}
