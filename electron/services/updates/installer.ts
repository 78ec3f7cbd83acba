import { createHash } from 'node:crypto'
import type { Content } from '../../../common/content/schema'
import { diffContent } from '../../../common/update/diff'
import type { PackagePreview } from '../../../common/update/updateStatus'
import type { Logger } from '../logger/logger'
import type { ReadProgress } from './packageReader'
import { installedVersionsUnconfirmed, UNCONFIRMED_REASON } from './markConfirm'
import { notNewerReason, type Refusal } from './refusal'
import { applyPackage, effectiveHighWaterMark, type ActiveSlot, type StepHook } from './slots'
import { readRejectedVersions, rejectedReason } from './rejectedVersions'
import { loadSignatureKeys } from './trustedKeys'
import type { UpdateLog } from './updateLog'
import { verifyPackage, type VerifiedPackage } from './verifyPackage'
import { chinaIso } from '../../../common/domain/chinaTime'

export interface InstallerDeps {
  dataDir: string
  resourcesDir: string
  kioskId: string
  /** settings `groups`, for `group:<name>` targets. */
  groups?: readonly string[]
  log: UpdateLog
  logger?: Logger
  now?: () => Date
}

export type CheckOutcome =
  | { ok: true; package: VerifiedPackage; preview: PackagePreview }
  | { ok: false; refusal: Refusal; signerKeyId?: string; contentVersion?: number }

export type InstallOutcome =
  | { ok: true; contentVersion: number; signerKeyId: string; slot: string; active: ActiveSlot }
  | { ok: false; refusal: Refusal; signerKeyId?: string; contentVersion?: number }

/** The identity staff review a package by: the sha256 of its signed manifest bytes. */
export const manifestSha256 = (pkg: VerifiedPackage): string =>
  createHash('sha256').update(pkg.manifestBytes).digest('hex')

const isoNow = (now: () => Date) => chinaIso(now(), 'milliseconds')

/**
 * Checks a package against this kiosk's trusted keys and high-water mark and, when it passes,
 * prepares the staff preview (diff against the content on screen). Refusals are logged durably.
 */
export async function checkPackage(
  deps: InstallerDeps,
  root: string,
  installed: Content | undefined,
  onProgress?: ReadProgress,
): Promise<CheckOutcome> {
  const keys = await loadSignatureKeys(deps.resourcesDir, deps.dataDir, deps.logger)
  const highWaterMark = await effectiveHighWaterMark(deps.dataDir, deps.logger)
  const rejected = await readRejectedVersions(deps.dataDir, deps.logger)
  const result = await verifyPackage(root, {
    keys,
    highWaterMark,
    rejectedReason: (version) => rejectedReason(rejected, version),
    kioskId: deps.kioskId,
    ...(deps.groups ? { groups: deps.groups } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...((await installedVersionsUnconfirmed(deps.dataDir, deps.logger))
      ? { unconfirmed: UNCONFIRMED_REASON }
      : {}),
  })
  if (!result.ok) {
    await logOutcome(deps, root, result)
    return result
  }
  const pkg = result.package
  return {
    ok: true,
    package: pkg,
    preview: {
      signerKeyId: pkg.signerKeyId,
      contentVersion: pkg.manifest.contentVersion,
      createdAt: pkg.manifest.createdAt,
      manifestSha256: manifestSha256(pkg),
      diff: diffContent(installed, pkg.content),
    },
  }
}

async function logOutcome(
  deps: InstallerDeps,
  source: string,
  outcome: InstallOutcome,
): Promise<void> {
  const common = {
    at: isoNow(deps.now ?? (() => new Date())),
    source,
    ...(outcome.contentVersion !== undefined ? { contentVersion: outcome.contentVersion } : {}),
    ...(outcome.signerKeyId !== undefined ? { signerKeyId: outcome.signerKeyId } : {}),
  }
  try {
    await deps.log.append(
      outcome.ok
        ? {
            ...common,
            outcome: 'installed',
            reason: `installed content version ${outcome.contentVersion}`,
          }
        : {
            ...common,
            outcome: outcome.refusal.code === 'apply-failed' ? 'failed' : 'refused',
            code: outcome.refusal.code,
            reason: outcome.refusal.reason,
          },
    )
  } catch (err) {
    deps.logger?.({
      level: 'error',
      area: 'updates',
      message: `could not write the update log: ${String(err)}`,
    })
  }
}

/**
 * Why the package's signer is no longer accepted (removed or revoked since the check), if so.
 * Checked again at install time: a key removed while staff looked at the package must not sign it.
 */
async function signerNoLongerTrusted(
  deps: InstallerDeps,
  pkg: VerifiedPackage,
): Promise<Refusal | undefined> {
  const keys = await loadSignatureKeys(deps.resourcesDir, deps.dataDir, deps.logger)
  const id = pkg.signerKeyId
  if (keys.revoked.has(id)) {
    return { code: 'revoked-key', reason: `signed by a revoked key (key id ${id})` }
  }
  if (!keys.trusted.some((k) => k.keyIdHex === id)) {
    return {
      code: 'unknown-key',
      reason: `signed by a key this kiosk no longer trusts (key id ${id})`,
    }
  }
  return undefined
}

/**
 * Installs a package that `checkPackage` accepted. The signer is checked again against the
 * trusted and revoked keys, and the high-water mark is read again, so two sticks confirmed one
 * after the other cannot install an older one last.
 */
export async function installPackage(
  deps: InstallerDeps,
  source: string,
  pkg: VerifiedPackage,
  onStep?: StepHook,
): Promise<InstallOutcome> {
  const version = pkg.manifest.contentVersion
  const mark = await effectiveHighWaterMark(deps.dataDir, deps.logger)
  const untrusted = await signerNoLongerTrusted(deps, pkg)
  let outcome: InstallOutcome
  if (untrusted) {
    outcome = {
      ok: false,
      refusal: untrusted,
      contentVersion: version,
      signerKeyId: pkg.signerKeyId,
    }
  } else if (await installedVersionsUnconfirmed(deps.dataDir, deps.logger)) {
    outcome = {
      ok: false,
      refusal: { code: 'versions-unconfirmed', reason: UNCONFIRMED_REASON },
      contentVersion: version,
      signerKeyId: pkg.signerKeyId,
    }
  } else if (version <= mark) {
    outcome = {
      ok: false,
      refusal: {
        code: 'not-newer',
        reason: notNewerReason(version, mark),
      },
      contentVersion: version,
      signerKeyId: pkg.signerKeyId,
    }
  } else {
    try {
      const { slot, installed } = await applyPackage(deps.dataDir, pkg, onStep)
      outcome = {
        ok: true,
        contentVersion: version,
        signerKeyId: pkg.signerKeyId,
        slot,
        active: installed,
      }
    } catch (err) {
      outcome = {
        ok: false,
        refusal: {
          code: 'apply-failed',
          reason: `the update could not be saved: ${err instanceof Error ? err.message : String(err)}`,
        },
        contentVersion: version,
        signerKeyId: pkg.signerKeyId,
      }
    }
  }
  await logOutcome(deps, source, outcome)
  return outcome
}
