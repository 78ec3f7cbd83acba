import type { Content } from '../../../common/content/schema'
import { diffContent } from '../../../common/update/diff'
import type { PackagePreview } from '../../../common/update/updateStatus'
import type { Logger } from '../logger/logger'
import type { ReadProgress } from './packageReader'
import type { Refusal } from './refusal'
import { applyPackage, effectiveHighWaterMark, type ActiveSlot, type StepHook } from './slots'
import { loadSignatureKeys } from './trustedKeys'
import type { UpdateLog } from './updateLog'
import { verifyPackage, type VerifiedPackage } from './verifyPackage'
import { chinaIso } from '../../../common/domain/chinaTime'

export interface InstallerDeps {
  dataDir: string
  resourcesDir: string
  kioskId: string
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
  const result = await verifyPackage(root, {
    keys,
    highWaterMark,
    kioskId: deps.kioskId,
    ...(onProgress ? { onProgress } : {}),
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
 * Installs a package that `checkPackage` accepted. The high-water mark is read again first, so
 * two sticks confirmed one after the other cannot install an older one last.
 */
export async function installPackage(
  deps: InstallerDeps,
  source: string,
  pkg: VerifiedPackage,
  onStep?: StepHook,
): Promise<InstallOutcome> {
  const version = pkg.manifest.contentVersion
  const mark = await effectiveHighWaterMark(deps.dataDir, deps.logger)
  let outcome: InstallOutcome
  if (version <= mark) {
    outcome = {
      ok: false,
      refusal: {
        code: 'not-newer',
        reason: `older than the installed content (version ${version} ≤ ${mark})`,
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
