import type { ContentSnapshot } from '../../../common/api/kioskApi'
import type { Settings } from '../../../common/settings/schema'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import type { StatsExport } from '../../../common/stats/schema'
import type { InstallOptions, InstallResponse, UpdatesApi } from '../../../common/update/updatesApi'
import type { Logger } from '../logger/logger'
import type { ActiveSlot } from './slots'
import type { RootLister } from './sourceWatcher'
import { createActivity, type Activity } from './activity'
import type { AutomaticOutcome } from './automaticInstall'
import { createHealthGate } from './healthGate'
import { createUpdateService, PackageChangedError, type UpdateService } from './updateService'

export interface KioskUpdatesDeps {
  dataDir: string
  resourcesDir: string
  settings: { get(): Promise<Settings> }
  content: { get(): Promise<ContentSnapshot>; useSlot(slot: ActiveSlot | null): Promise<unknown> }
  /** Folders given on the command line (`--watch DIR`), watched besides the settings' ones. */
  extraWatchFolders?: readonly string[]
  /** Checks the staff PIN under the admin throttle (e.g. the PIN guard's `attempt`). */
  checkPin: (pin: string) => Promise<{ ok: true } | { ok: false; message: string }>
  /** Receives every status change; hosts forward it as an `update-status` notice. */
  onStatus?: (status: UpdateStatus) => void
  /** The anonymous stats export staff may add to the stick receipt (absent: nothing to add). */
  statsExport?: () => Promise<StatsExport>
  driveRoots?: RootLister
  pollIntervalMs?: number
  log?: Logger
  /** Asks the renderer to check the content now served (hosts send a `health-check` notice). */
  askHealthCheck?: (version: number) => void
  /** Every automatic install's outcome (the heartbeat is written after each). */
  onAutomaticOutcome?: (outcome: AutomaticOutcome) => void
  now?: () => Date
}

export interface KioskUpdates {
  api: UpdatesApi
  service: UpdateService
  activity: Activity
}

/**
 * The services hook for updates: builds the update service from the kiosk's settings and
 * content service and exposes it as the `updates` area both hosts serve. The watcher is started
 * here and stopped by `service.stop()` (call it from `KioskServices.close`).
 */
export async function createKioskUpdates(deps: KioskUpdatesDeps): Promise<KioskUpdates> {
  const activity = createActivity(deps.now ?? (() => new Date()))
  const health = createHealthGate((version) => deps.askHealthCheck?.(version))
  const service = await createUpdateService({
    dataDir: deps.dataDir,
    resourcesDir: deps.resourcesDir,
    config: async () => {
      const { kioskId, groups, updates } = await deps.settings.get()
      return {
        kioskId,
        groups,
        requirePin: updates.requirePin,
        watchFolders: [
          ...updates.watchFolders.map((f) => f.path),
          ...(deps.extraWatchFolders ?? []),
        ],
        // USB sticks are never automatic: only a watched folder set so in settings is.
        automaticFolders: updates.watchFolders
          .filter((f) => f.policy === 'automatic')
          .map((f) => f.path),
        settleMs: updates.settleSeconds * 1000,
      }
    },
    installedContent: async () => (await deps.content.get().catch(() => undefined))?.content,
    onInstalled: async (active) => void (await deps.content.useSlot(active)),
    automatic: {
      whyWait: async () => activity.whyWait((await deps.settings.get()).updates.automatic),
      healthCheck: async (version) =>
        health.check(
          version,
          (await deps.settings.get()).updates.automatic.healthCheckSeconds * 1000,
        ),
      ...(deps.onAutomaticOutcome ? { onOutcome: deps.onAutomaticOutcome } : {}),
    },
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.onStatus ? { onStatus: deps.onStatus } : {}),
    ...(deps.statsExport ? { statsExport: deps.statsExport } : {}),
    ...(deps.driveRoots ? { driveRoots: deps.driveRoots } : {}),
    ...(deps.pollIntervalMs ? { pollIntervalMs: deps.pollIntervalMs } : {}),
    ...(deps.log ? { logger: deps.log } : {}),
  })

  async function install(pin: string | null, options?: InstallOptions): Promise<InstallResponse> {
    const status = service.status()
    if (status.state !== 'ready') {
      return {
        ok: false,
        reason: 'nothing-to-install',
        message: 'no checked package is waiting',
        status,
      }
    }
    // Bound to what staff reviewed: checked before the PIN (a swapped stick costs no PIN try)
    // and again by the service when it takes the package.
    if (options?.manifestSha256 !== status.preview.manifestSha256) {
      return {
        ok: false,
        reason: 'package-changed',
        message: options
          ? new PackageChangedError().message
          : 'the install request does not name the package staff reviewed',
        status,
      }
    }
    if ((await deps.settings.get()).updates.requirePin) {
      if (pin === null)
        return {
          ok: false,
          reason: 'pin-required',
          message: 'enter the staff PIN to install',
          status,
        }
      const checked = await deps.checkPin(pin)
      if (!checked.ok) return { ok: false, reason: 'pin-refused', message: checked.message, status }
    }
    try {
      const next = await service.install({
        includeStats: options.includeStats,
        manifestSha256: options.manifestSha256,
      })
      return { ok: true, status: next }
    } catch (err) {
      if (!(err instanceof PackageChangedError)) throw err
      return {
        ok: false,
        reason: 'package-changed',
        message: err.message,
        status: service.status(),
      }
    }
  }

  service.start()
  return {
    service,
    activity,
    api: {
      reportActivity: async (state) => activity.report(state),
      reportHealth: async (report) => health.report(report),
      status: async () => service.status(),
      checkNow: async () => {
        await service.poll()
        return service.status()
      },
      install,
      dismiss: async () => service.dismiss(),
    },
  }
}
