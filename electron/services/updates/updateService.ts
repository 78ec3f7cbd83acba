import type { Content } from '../../../common/content/schema'
import type { StatsExport } from '../../../common/stats/schema'
import type { UpdateLogEntry, UpdateStatus } from '../../../common/update/updateStatus'
import type { Logger } from '../logger/logger'
import { checkPackage, installPackage, manifestSha256, type InstallerDeps } from './installer'
import type { AutomaticDeps, AutomaticOutcome } from './automaticInstall'
import { createAutomaticRunner, type AutomaticHooks } from './automaticRunner'
import { rollbackToPrevious, type ActiveSlot } from './slots'
import { writeStickResult } from './stickResults'
import { confirmInstalledVersions } from './markConfirm'
import { createSourceWatcher, type FoundPackage, type RootLister } from './sourceWatcher'
import { openUpdateLog } from './updateLog'
import type { VerifiedPackage } from './verifyPackage'

/** The package waiting is not the one staff reviewed (the stick was swapped after the review). */
export class PackageChangedError extends Error {
  constructor() {
    super(
      'the package on the stick changed after it was reviewed; review it again before installing',
    )
  }
}

export interface UpdateConfig {
  kioskId: string
  /** settings.groups, matched against `group:<name>` targets. */
  groups?: readonly string[]
  requirePin: boolean
  /** settings.updates.watchFolders plus `--watch DIR`. */
  watchFolders: readonly string[]
  /** The watched folders whose policy is `automatic` (issue 20); every other source is staff-only. */
  automaticFolders?: readonly string[]
  /** How long a watched folder's package must stay unchanged before it is checked. */
  settleMs?: number
}

export interface UpdateServiceOptions {
  dataDir: string
  resourcesDir: string
  /** Read on every poll and package, so settings changes apply without a restart. */
  config: () => Promise<UpdateConfig>
  /** The content on screen, for the staff diff. */
  installedContent: () => Promise<Content | undefined>
  /**
   * Called after a commit (or a rollback) with the slot now active, already checked, so visitors
   * see the new content without a restart and without validating it again.
   */
  onInstalled: (active: ActiveSlot | null) => Promise<void>
  automatic?: AutomaticHooks
  /** Every status change (hosts forward it to the renderer as a notice). */
  onStatus?: (status: UpdateStatus) => void
  /** The anonymous stats export, added to the stick receipt when staff choose so. */
  statsExport?: () => Promise<StatsExport>
  driveRoots?: RootLister
  pollIntervalMs?: number
  logger?: Logger
  now?: () => Date
}

export interface UpdateService {
  status(): UpdateStatus
  /**
   * Installs the package waiting in `ready` (the caller has checked the staff PIN if required);
   * `includeStats` adds the anonymous stats export to the receipt on the stick. With
   * `manifestSha256`, throws PackageChangedError (installing nothing) unless the waiting package
   * is that one.
   */
  install(options?: { includeStats?: boolean; manifestSha256?: string }): Promise<UpdateStatus>
  /** Staff closed the screen: forget the package until it is replaced or re-inserted. */
  dismiss(): UpdateStatus
  /** An administrator's undo; the high-water mark is kept. */
  rollback(): Promise<{ ok: true } | { ok: false; reason: string }>
  /** An administrator confirms the installed versions after their record was lost. */
  confirmVersions(): Promise<{ ok: true; detail: string } | { ok: false; reason: string }>
  log(): readonly UpdateLogEntry[]
  /** Checks watched places now (tests and the "check for updates" button). */
  poll(): Promise<void>
  /** Installs a waiting automatic package if nobody is using the kiosk (also run on a timer). */
  tryAutomatic(): Promise<AutomaticOutcome | null>
  start(): void
  stop(): void
}

/**
 * The kiosk side of USB and folder updates: watches drives and folders, verifies each package
 * found, holds a valid one for staff confirmation (with signer, version, date and diff),
 * installs it on request, reloads the content, writes a receipt to the stick and logs every
 * attempt. One package is handled at a time; a package found while installing waits.
 */
export async function createUpdateService(options: UpdateServiceOptions): Promise<UpdateService> {
  const updateLog = await openUpdateLog(options.dataDir, options.logger)
  const deps = async (): Promise<InstallerDeps> => {
    const config = await options.config()
    return {
      dataDir: options.dataDir,
      resourcesDir: options.resourcesDir,
      kioskId: config.kioskId,
      ...(config.groups ? { groups: config.groups } : {}),
      log: updateLog,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.now ? { now: options.now } : {}),
    }
  }
  let status: UpdateStatus = { state: 'idle' }
  let pending: { found: FoundPackage; pkg: VerifiedPackage } | undefined
  let busy: Promise<unknown> = Promise.resolve()

  const setStatus = (next: UpdateStatus) => {
    status = next
    options.onStatus?.(next)
    return next
  }
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = busy.then(task, task)
    busy = run.catch(() => undefined)
    return run
  }
  const nowIso = () => (options.now ?? (() => new Date()))().toISOString()

  async function receipt(
    found: Pick<FoundPackage, 'source'>,
    result: Parameters<typeof writeStickResult>[1],
  ) {
    const written = await writeStickResult(found.source, result, options.now?.())
    if (!written.ok)
      options.logger?.({
        level: 'warn',
        area: 'updates',
        message: written.reason,
        file: found.source,
      })
  }

  /** The stats staff asked for, or why they are missing; the receipt is written either way. */
  async function statsPart(): Promise<{ stats: StatsExport } | { statsProblem: string }> {
    if (!options.statsExport) return { statsProblem: 'this kiosk keeps no usage statistics' }
    try {
      return { stats: await options.statsExport() }
    } catch (err) {
      const statsProblem = `usage statistics could not be exported (${err instanceof Error ? err.message : String(err)})`
      options.logger?.({ level: 'warn', area: 'updates', message: statsProblem })
      return { statsProblem }
    }
  }

  /** Unattended installs, when the host asks for them; sticks and staff folders never use it. */
  const hooks = options.automatic
  const automatic = hooks
    ? createAutomaticRunner({
        hooks,
        deps: async (): Promise<AutomaticDeps> => ({
          installer: await deps(),
          updateLog,
          onInstalled: options.onInstalled,
          healthCheck: (version) => hooks.healthCheck(version),
          receipt: async (source, result) =>
            receipt(
              { source },
              { kioskId: (await options.config()).kioskId, at: nowIso(), ...result },
            ),
          nowIso,
          ...(options.logger ? { logger: options.logger } : {}),
        }),
        serially,
        intervalMs: options.pollIntervalMs ?? 1500,
        ...(options.logger ? { logger: options.logger } : {}),
      })
    : undefined

  /** Verifies a found package; an unexpected failure is shown as a refusal, never a stuck screen. */
  async function examine(found: FoundPackage): Promise<void> {
    try {
      await examineUnguarded(found)
    } catch (err) {
      const reason = `the package could not be checked (${err instanceof Error ? err.message : String(err)})`
      options.logger?.({ level: 'error', area: 'updates', message: reason, file: found.root })
      setStatus({ state: 'refused', source: found.source, code: 'read-error', reason })
    }
  }

  async function examineUnguarded(found: FoundPackage): Promise<void> {
    pending = undefined
    setStatus({ state: 'checking', source: found.source, bytesRead: 0 })
    const checked = await checkPackage(
      await deps(),
      found.root,
      await options.installedContent(),
      (_file, bytesRead) => {
        setStatus({ state: 'checking', source: found.source, bytesRead })
      },
    )
    if (!checked.ok) {
      setStatus({
        state: 'refused',
        source: found.source,
        code: checked.refusal.code,
        reason: checked.refusal.reason,
        ...(checked.signerKeyId ? { signerKeyId: checked.signerKeyId } : {}),
        ...(checked.contentVersion !== undefined ? { contentVersion: checked.contentVersion } : {}),
      })
      if (checked.refusal.code !== 'drive-removed') {
        await receipt(found, {
          kioskId: (await options.config()).kioskId,
          at: nowIso(),
          outcome: 'refused',
          reason: checked.refusal.reason,
          ...(checked.contentVersion !== undefined
            ? { contentVersion: checked.contentVersion }
            : {}),
        })
      }
      return
    }
    if ((await options.config()).automaticFolders?.includes(found.source) && automatic) {
      // Unattended: no staff screen over a visitor; installed when nobody is using the kiosk.
      automatic.offer(found, checked.package)
      setStatus({ state: 'idle' })
      return
    }
    pending = { found, pkg: checked.package }
    setStatus({
      state: 'ready',
      source: found.source,
      preview: checked.preview,
      requirePin: (await options.config()).requirePin,
    })
  }

  const watcher = createSourceWatcher({
    folders: async () => (await options.config()).watchFolders,
    settleMs: async (source) => {
      const config = await options.config()
      return config.watchFolders.includes(source) ? (config.settleMs ?? 0) : 0
    },
    ...(options.driveRoots ? { driveRoots: options.driveRoots } : {}),
    ...(options.pollIntervalMs ? { intervalMs: options.pollIntervalMs } : {}),
    onFound: (found) => void serially(() => examine(found)),
    onGone: (found) =>
      void serially(async () => {
        automatic?.forget(found.root)
        if (
          pending?.found.root === found.root ||
          ('source' in status && status.source === found.source)
        ) {
          pending = undefined
          if (status.state !== 'installing') setStatus({ state: 'idle' })
        }
      }),
  })

  return {
    status: () => status,
    install: (choice) =>
      serially(async () => {
        if (!pending || status.state !== 'ready') return status
        const { found, pkg } = pending
        if (choice?.manifestSha256 !== undefined && manifestSha256(pkg) !== choice.manifestSha256) {
          throw new PackageChangedError()
        }
        const withStats = async () => (choice?.includeStats ? await statsPart() : {})
        pending = undefined
        const steps = pkg.files.length + 8
        let done = 0
        setStatus({ state: 'installing', source: found.source, step: 'start', progress: 0 })
        const outcome = await installPackage(await deps(), found.root, pkg, (step) => {
          done = Math.min(steps, done + 1)
          setStatus({ state: 'installing', source: found.source, step, progress: done / steps })
        })
        if (!outcome.ok) {
          await receipt(found, {
            kioskId: (await options.config()).kioskId,
            at: nowIso(),
            outcome: 'failed',
            reason: outcome.refusal.reason,
            ...(await withStats()),
          })
          return setStatus({
            state: 'failed',
            source: found.source,
            reason: outcome.refusal.reason,
          })
        }
        await options.onInstalled(outcome.active)
        await receipt(found, {
          kioskId: (await options.config()).kioskId,
          at: nowIso(),
          outcome: 'installed',
          reason: `installed content version ${outcome.contentVersion}`,
          contentVersion: outcome.contentVersion,
          signerKeyId: outcome.signerKeyId,
          ...(await withStats()),
        })
        return setStatus({
          state: 'installed',
          source: found.source,
          contentVersion: outcome.contentVersion,
          signerKeyId: outcome.signerKeyId,
        })
      }),
    dismiss() {
      pending = undefined
      return status.state === 'installing' ? status : setStatus({ state: 'idle' })
    },
    rollback: () =>
      serially(async () => {
        const result = await rollbackToPrevious(options.dataDir)
        await updateLog.append({
          at: new Date().toISOString(),
          source: 'administrator',
          outcome: result.ok ? 'rolled-back' : 'failed',
          reason: result.ok ? `rolled back to ${result.slot}` : result.reason,
        })
        if (!result.ok) return result
        await options.onInstalled(result.active)
        return { ok: true as const }
      }),
    confirmVersions: () =>
      serially(async () => {
        const result = await confirmInstalledVersions(options.dataDir, options.logger)
        await updateLog.append({
          at: new Date().toISOString(),
          source: 'administrator',
          outcome: result.ok ? 'versions-confirmed' : 'failed',
          reason: result.ok ? result.detail : result.reason,
        })
        if (!result.ok) return result
        if (result.active) await options.onInstalled(result.active)
        return { ok: true as const, detail: result.detail }
      }),
    log: () => updateLog.entries(),
    poll: async () => {
      await watcher.poll()
      await busy
    },
    tryAutomatic: () => automatic?.tryNow() ?? Promise.resolve(null),
    start() {
      watcher.start()
      automatic?.start()
    },
    stop() {
      watcher.stop()
      automatic?.stop()
    },
  }
}
