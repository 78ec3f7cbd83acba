import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { storedSettingsSchema, defaultSettings } from '../../common/settings/schema'
import { contentSiteOf } from '../../common/settings/site'
import type { UpdatesApi } from '../../common/update/updatesApi'
import { createAdminService, type AdminService } from './admin/adminService'
import { createAppInfo, readPackageIdentity } from './appInfo'
import { createClock, type Clock } from './clock'
import { createContentFiles } from './contentFiles'
import { createContentService, type ContentService } from './contentService'
import { openStore } from './durableStore'
import type { KioskServices, KioskServicesOptions } from './kioskServices'
import { openErrorLog, type ErrorLog } from './logger/errorLog'
import { consoleLogger, type Logger } from './logger/logger'
import { createRendererProblems } from './logger/rendererProblems'
import { createNoticeBus } from './noticeBus'
import { findAppRoot, prepareDataDir } from './paths'
import { createPrintService, type PrintService } from './printing/printService'
import { createSettingsService, type SettingsService } from './settingsService'
import { createStatsService, type StatsService } from './stats/statsService'
import { lateBound } from './lateBound'
import { createHeartbeat, type Heartbeat } from './fleet/heartbeat'
import { createKioskUpdates } from './updates/kioskUpdates'
import type { UpdateService } from './updates/updateService'
import { loadActiveSlot } from './updates/slots'
import { removableDriveRoots } from './updates/sourceWatcher'
import { loadSignatureKeys } from './updates/trustedKeys'
import { openUpdateLog } from './updates/updateLog'

/** The services with the extra capabilities the hosts' admin and diagnostics parts will use. */
export interface LocalKioskServices extends KioskServices {
  content: ContentService
  settings: SettingsService
  errors: ErrorLog
  clock: Clock
  admin: AdminService
  stats: StatsService
  updates: UpdatesApi
  print: PrintService
  /** The status file writer (issue 20); `writeNow` for tests and right after an install. */
  heartbeat: Heartbeat
}

/** Files inside the data folder. */
export const dataFiles = (dataDir: string) => ({
  settings: join(dataDir, 'settings.json'),
  errorLog: join(dataDir, 'logs', 'errors.json'),
})

/**
 * The composition root both hosts call: opens the durable stores in `dataDir` (recovering them
 * if a power cut damaged them), loads and validates the content, and wires the clock, notices and
 * error log. Bad state on disk never makes this reject; it rejects only when `dataDir` cannot be
 * created. Warnings and errors from every service are kept in `<dataDir>/logs/errors.json`.
 */
export async function createKioskServices(opts: KioskServicesOptions): Promise<LocalKioskServices> {
  const env = opts.env ?? process.env
  const sink = opts.log ?? consoleLogger
  const files = dataFiles(opts.dataDir)
  try {
    await prepareDataDir(opts.dataDir)
    await mkdir(join(opts.dataDir, 'logs'), { recursive: true })
  } catch (err) {
    throw new Error(`cannot create the data folder ${opts.dataDir}: ${String(err)}`, { cause: err })
  }

  const errors = await openErrorLog(files.errorLog, { log: sink })
  const log: Logger = (record) => {
    sink(record)
    if (record.level !== 'info') errors.append(record)
  }

  const clock = createClock(env, log)
  const bus = createNoticeBus((err) =>
    log({ level: 'error', area: 'notices', message: `a notice listener failed: ${String(err)}` }),
  )
  const settingsStore = await openStore(files.settings, storedSettingsSchema, defaultSettings(), {
    log,
  })
  const settings = createSettingsService(settingsStore, bus, log)
  const previewFile = opts.contentFile ?? (env.KIOSK_CONTENT?.trim() || undefined)
  const content = await createContentService({
    dataDir: opts.dataDir,
    resourcesDir: opts.resourcesDir,
    contentFile: previewFile,
    slotLoader: opts.slotLoader ?? ((dir) => loadActiveSlot(dir, log)),
    bus,
    log,
  })
  const packageJson = opts.packageJsonFile ?? join(findAppRoot() ?? process.cwd(), 'package.json')
  const app = {
    ...createAppInfo(await readPackageIdentity(packageJson, log), opts.host, clock),
    // The renderer's worked-around problems (street map → sketch), rate-limited, into `log`.
    ...createRendererProblems({ log }),
  }
  const rollbackDoor = lateBound<[], ReturnType<UpdateService['rollback']>>('content rollback')
  const versionsDoor = lateBound<[], ReturnType<UpdateService['confirmVersions']>>(
    'confirm installed versions',
  )
  // One source of "which sticks are in" for every service (tests and hosts may pass their own).
  const sticks = opts.driveRoots ?? removableDriveRoots()
  const admin = await createAdminService({
    dataDir: opts.dataDir,
    settings,
    content,
    app,
    errors,
    clock,
    // Read fresh each time: the update service owns the log and appends to it.
    updateAttempts: async () => (await openUpdateLog(opts.dataDir, log)).entries(),
    sticks,
    sources: async () => [
      ...(await sticks()),
      ...(await settings.get()).updates.watchFolders.map((f) => f.path),
    ],
    signatureKeys: () => loadSignatureKeys(opts.resourcesDir, opts.dataDir, log),
    resourcesDir: opts.resourcesDir,
    ...(opts.hostControl ? { hostControl: opts.hostControl } : {}),
    // Only where the installer chose it; otherwise the first PIN comes from a signed package.
    firstPinOnScreen: env.KIOSK_FIRST_PIN_ON_SCREEN === '1',
    // The one rollback door: the admin service checks the session and audits; the update
    // service (built below, which needs the admin PIN check) logs it and reloads content.
    rollback: () => rollbackDoor.call(),
    confirmVersions: () => versionsDoor.call(),
    log,
  })
  const stats = await createStatsService({
    dataDir: opts.dataDir,
    now: () => clock.now(),
    async identity() {
      const [current, snapshot] = await Promise.all([settings.get(), content.get()])
      // The renderer's "you are here": a custom site has no content id.
      const siteId = contentSiteOf(snapshot.content, current)?.id
      return {
        kioskId: current.kioskId,
        siteId,
        contentVersion: snapshot.content.dataset.contentVersion,
      }
    },
    requireAdmin: (session) => admin.checkSession(session),
    driveRoots: sticks,
    log,
  })
  const heartbeat = createHeartbeat({
    dataDir: opts.dataDir,
    settings,
    content,
    appVersion: (await app.info()).version,
    errors,
    updateLog: async () => (await openUpdateLog(opts.dataDir, log)).entries(),
    // `print` is made below; the first beat runs only once everything is wired (start()).
    printerStatus: (visit) => Promise.resolve(print.status(visit)),
    kioskClock: () => clock.now(),
    log,
  })
  // Staff confirm installs with the admin PIN under the admin throttle, audited as a staff PIN
  // check: no admin session is opened or ended, so a live admin session is left alone.
  const updates = await createKioskUpdates({
    dataDir: opts.dataDir,
    resourcesDir: opts.resourcesDir,
    settings,
    content,
    extraWatchFolders: opts.watchFolders ?? [],
    checkPin: (pin) => admin.checkStaffPin(pin, 'install'),
    onStatus: (status) => {
      if (status.state === 'installed' || status.state === 'refused' || status.state === 'failed')
        stats.recordHost({ kind: 'update-attempt', outcome: status.state })
      bus.emit({ kind: 'update-status', status })
      // A staff install changes what the office should see at once, not at the next beat.
      if (status.state === 'installed') void heartbeat.writeNow()
    },
    // Staff may add the anonymous counters to the receipt the kiosk writes on the stick.
    statsExport: () => stats.exportData(),
    driveRoots: sticks,
    ...(opts.updatePollMs ? { pollIntervalMs: opts.updatePollMs } : {}),
    log,
    // Unattended installs (issue 20): the renderer proves the new content on screen.
    askHealthCheck: (contentVersion) =>
      bus.emit({ kind: 'health-check', contentVersion, testFaults: env.KIOSK_TEST_FAULTS === '1' }),
    onAutomaticOutcome: () => void heartbeat.writeNow(),
    now: () => new Date(),
  })

  rollbackDoor.connect(() => updates.service.rollback())
  versionsDoor.connect(() => updates.service.confirmVersions())

  const print = createPrintService({
    printer: async () => (await settings.get()).printer,
    now: () => clock.now(),
    log,
    count: (outcome) => stats.recordHost({ kind: 'slip', outcome }),
    requireAdmin: (session) => admin.checkSession(session),
    ...(opts.osPrint ? { osPrint: opts.osPrint } : {}),
  })

  heartbeat.start()

  return {
    content,
    settings,
    app,
    errors,
    clock,
    admin,
    stats,
    updates: updates.api,
    print,
    heartbeat,
    contentFiles: createContentFiles({
      content,
      resourcesDir: opts.resourcesDir,
      ...(previewFile ? { previewFile } : {}),
    }),
    onNotice: (listener) => bus.subscribe(listener),
    async close() {
      updates.service.stop()
      heartbeat.stop()
      admin.endSessions()
      await stats.close()
      bus.clear()
      await errors.flush()
    },
  }
}
