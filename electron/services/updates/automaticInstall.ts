import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'
import type { HealthVerdict } from './healthGate'
import { installPackage, type InstallerDeps } from './installer'
import { addRejectedVersion } from './rejectedVersions'
import { loadActiveSlot, rollbackToFactory, rollbackToPrevious, type ActiveSlot } from './slots'
import type { StickResult } from './stickResults'
import type { FoundPackage } from './sourceWatcher'
import type { UpdateLog } from './updateLog'
import type { VerifiedPackage } from './verifyPackage'

/**
 * An automatic install on trial: written before the install starts, removed once the health
 * check decided. Found at start-up it means the kiosk stopped mid-trial (power cut, crash of the
 * new content): the check runs again before the new content is trusted.
 */
const trialSchema = z
  .object({
    contentVersion: z.number().int().min(1),
    source: z.string().max(4096),
    startedAt: z.iso.datetime({ offset: true }),
  })
  .strict()
type Trial = z.infer<typeof trialSchema>
const trialFile = (dataDir: string) => join(dataDir, 'updates', 'trial.json')

export interface AutomaticDeps {
  installer: InstallerDeps
  updateLog: UpdateLog
  /** Serve this slot now (null: the factory content). */
  onInstalled(active: ActiveSlot | null): Promise<void>
  /** The renderer's verdict on `version` (see healthGate.ts). */
  healthCheck(version: number): Promise<HealthVerdict>
  /** Writes the receipt into the watched folder the package came from. */
  receipt(source: string, result: Omit<StickResult, 'kioskId' | 'at'>): Promise<void>
  nowIso(): string
  logger?: Logger
}

/** What an automatic install came to, for the status and the heartbeat. */
export type AutomaticOutcome =
  | { outcome: 'installed'; contentVersion: number; reason: string }
  | { outcome: 'failed' | 'rolled-back'; contentVersion: number; reason: string }

async function writeTrial(dataDir: string, trial: Trial): Promise<void> {
  await mkdir(join(dataDir, 'updates'), { recursive: true })
  await writeFileDurable(trialFile(dataDir), `${JSON.stringify(trial)}\n`)
}

async function clearTrial(dataDir: string): Promise<void> {
  await rm(trialFile(dataDir), { force: true })
  await rm(`${trialFile(dataDir)}.bak`, { force: true })
}

/**
 * Back to what was on screen before (the previous slot, or the factory content after a first
 * install), the version remembered as rejected, and the reason logged, receipted and returned.
 */
async function rollBack(
  deps: AutomaticDeps,
  source: string,
  version: number,
  why: string,
): Promise<AutomaticOutcome> {
  const dataDir = deps.installer.dataDir
  const back = await rollbackToPrevious(dataDir)
  let where: string
  if (back.ok) {
    await deps.onInstalled(back.active)
    where = `content version ${back.active.manifest.contentVersion}`
  } else {
    const factory = await rollbackToFactory(dataDir)
    if (!factory.ok) throw new Error(`${back.reason}; ${factory.reason}`)
    await deps.onInstalled(null)
    where = 'the factory content'
  }
  await addRejectedVersion(dataDir, { contentVersion: version, at: deps.nowIso(), reason: why })
  await clearTrial(dataDir)
  const reason = `version ${version} failed its health check (${why}); rolled back to ${where}; this version is never installed again`
  deps.logger?.({ level: 'error', area: 'updates', message: reason, file: source })
  await deps.updateLog.append({
    at: deps.nowIso(),
    source,
    outcome: 'rolled-back',
    code: 'health-check',
    reason,
    contentVersion: version,
  })
  await deps.receipt(source, {
    outcome: 'rolled-back',
    reason,
    contentVersion: version,
    policy: 'automatic',
  })
  return { outcome: 'rolled-back', contentVersion: version, reason }
}

/** Waits for the renderer's verdict on `version`; keeps it or rolls back. */
async function prove(
  deps: AutomaticDeps,
  source: string,
  version: number,
): Promise<AutomaticOutcome | { passed: string }> {
  const verdict = await deps.healthCheck(version)
  if (!verdict.ok) return rollBack(deps, source, version, verdict.reason)
  await clearTrial(deps.installer.dataDir)
  const r = verdict.report
  return {
    passed: `health check passed in ${(r.elapsedMs / 1000).toFixed(1)} s (home and ${r.tilesOpened} need tiles)`,
  }
}

/**
 * Installs a verified package from an automatic folder while nobody uses the kiosk (the caller
 * decided that), then holds it on trial until the screen proves it works. Same verification and
 * install path as a staff install; the receipt says `automatic`.
 */
export async function installAutomatically(
  deps: AutomaticDeps,
  found: FoundPackage,
  pkg: VerifiedPackage,
): Promise<AutomaticOutcome> {
  const dataDir = deps.installer.dataDir
  const version = pkg.manifest.contentVersion
  await writeTrial(dataDir, {
    contentVersion: version,
    source: found.source,
    startedAt: deps.nowIso(),
  })
  const outcome = await installPackage(deps.installer, found.root, pkg)
  if (!outcome.ok) {
    await clearTrial(dataDir)
    await deps.receipt(found.source, {
      outcome: 'failed',
      reason: outcome.refusal.reason,
      contentVersion: version,
      policy: 'automatic',
    })
    return { outcome: 'failed', contentVersion: version, reason: outcome.refusal.reason }
  }
  await deps.onInstalled(outcome.active)
  const proved = await prove(deps, found.source, version)
  if (!('passed' in proved)) return proved
  const reason = `installed content version ${version} unattended; ${proved.passed}`
  await deps.receipt(found.source, {
    outcome: 'installed',
    reason,
    contentVersion: version,
    signerKeyId: outcome.signerKeyId,
    policy: 'automatic',
  })
  return { outcome: 'installed', contentVersion: version, reason }
}

/**
 * At start-up: an install still on trial (the kiosk stopped during its health check) is checked
 * again on the content now served; a trial whose version is no longer active is simply closed.
 */
export async function resumeTrial(deps: AutomaticDeps): Promise<AutomaticOutcome | null> {
  const dataDir = deps.installer.dataDir
  const read = await readDurable(trialFile(dataDir), jsonParserFor(trialSchema.nullable()), {
    defaults: () => null,
    ...(deps.logger ? { log: deps.logger } : {}),
  })
  const trial = read.value
  if (!trial) return null
  const active = await loadActiveSlot(dataDir, deps.logger)
  if (active?.manifest.contentVersion !== trial.contentVersion) {
    await clearTrial(dataDir)
    return null
  }
  const proved = await prove(deps, trial.source, trial.contentVersion)
  if (!('passed' in proved)) return proved
  return {
    outcome: 'installed',
    contentVersion: trial.contentVersion,
    reason: `content version ${trial.contentVersion} kept after a restart; ${proved.passed}`,
  }
}
