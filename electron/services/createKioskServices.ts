import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { settingsSchema, defaultSettings } from '../../common/settings/schema'
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
import { createNoticeBus } from './noticeBus'
import { findAppRoot, prepareDataDir } from './paths'
import { createPrintService, type PrintService } from './printing/printService'
import { createSettingsService, type SettingsService } from './settingsService'
import { createStatsService, type StatsService } from './stats/statsService'
import { createKioskUpdates } from './updates/kioskUpdates'
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
  const settingsStore = await openStore(files.settings, settingsSchema, defaultSettings(), { log })
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
  const app = createAppInfo(await readPackageIdentity(packageJson, log), opts.host, clock)
  const sticks = removableDriveRoots()
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
    sources: async () => [...(await sticks()), ...(await settings.get()).updates.watchFolders],
    signatureKeys: () => loadSignatureKeys(opts.resourcesDir, opts.dataDir, log),
    resourcesDir: opts.resourcesDir,
    ...(opts.hostControl ? { hostControl: opts.hostControl } : {}),
    // Only where the installer chose it; otherwise the first PIN comes from a signed package.
    firstPinOnScreen: env.KIOSK_FIRST_PIN_ON_SCREEN === '1',
    // The one rollback door: the admin service checks the session and audits; the update
    // service (declared below; only called later) logs it in the update log and reloads content.
    rollback: () => updates.service.rollback(),
    confirmVersions: () => updates.service.confirmVersions(),
    log,
  })
  const stats = await createStatsService({
    dataDir: opts.dataDir,
    now: () => clock.now(),
    async identity() {
      const [current, snapshot] = await Promise.all([settings.get(), content.get()])
      const { dataset, kioskSites } = snapshot.content
      // Same choice as the renderer's "you are here": a custom site has no content id.
      const siteId = current.customSite
        ? undefined
        : kioskSites.some((s) => s.id === current.siteId)
          ? current.siteId
          : dataset.defaultSiteId
      return { kioskId: current.kioskId, siteId, contentVersion: dataset.contentVersion }
    },
    requireAdmin: (session) => admin.checkSession(session),
    driveRoots: removableDriveRoots(),
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
    },
    // Staff may add the anonymous counters to the receipt the kiosk writes on the stick.
    statsExport: () => stats.exportData(),
    driveRoots: opts.driveRoots ?? removableDriveRoots(),
    log,
  })

  const print = createPrintService({
    printer: async () => (await settings.get()).printer,
    now: () => clock.now(),
    log,
    count: (outcome) => stats.recordHost({ kind: 'slip', outcome }),
    requireAdmin: (session) => admin.checkSession(session),
    ...(opts.osPrint ? { osPrint: opts.osPrint } : {}),
  })

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
    contentFiles: createContentFiles({
      content,
      resourcesDir: opts.resourcesDir,
      ...(previewFile ? { previewFile } : {}),
    }),
    onNotice: (listener) => bus.subscribe(listener),
    async close() {
      updates.service.stop()
      admin.endSessions()
      await stats.close()
      bus.clear()
      await errors.flush()
    },
  }
}
