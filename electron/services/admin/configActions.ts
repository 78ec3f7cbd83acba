import { pinForKiosk } from '../../../common/admin/configPackage'
import type { AdminActionResult } from '../../../common/admin/schemas'
import type { SettingsService } from '../settingsService'
import type { SignatureKeys } from '../updates/signature'
import { describeProblems } from '../zodProblems'
import type { AuditLog } from './auditLog'
import type { ConfigMark } from './configMark'
import { verifyConfigPackage, type ConfigCheck } from './configPackage'
import { findConfigFolders } from './maintenance'
import type { PinGuard } from './pinGuard'

export interface ConfigActionDeps {
  sources(): Promise<string[]>
  signatureKeys(): Promise<SignatureKeys>
  settings: SettingsService
  pins: PinGuard
  audit: AuditLog
  /** The highest package version applied: older packages are refused, each apply raises it. */
  mark: ConfigMark
}

type Verified = Extract<ConfigCheck, { ok: true }>

/**
 * Applying kiosk-config packages: by an administrator inside a session (`apply`), or on a fresh
 * kiosk with no PIN yet (`provision`, which needs a package that carries a PIN hash). Only
 * folders the kiosk found itself are used, each verified again just before it is applied.
 */
export function createConfigActions(deps: ConfigActionDeps) {
  /** `signedIn`: an administrator asked; otherwise anyone at a fresh or locked kiosk did. */
  async function verified(
    folder: string,
    signedIn = true,
  ): Promise<Verified | { ok: false; reason: string }> {
    if (!(await findConfigFolders(await deps.sources())).includes(folder)) {
      return {
        ok: false,
        reason: `no config package at ${folder} any more (was the stick removed?)`,
      }
    }
    const check = await verifyConfigPackage(folder, {
      keys: await deps.signatureKeys(),
      current: await deps.settings.get(),
      appliedVersion: await deps.mark.read(),
    })
    if (!check.ok && signedIn)
      await deps.audit.record('config-refused', `${folder}: ${check.reason}`)
    return check
  }

  async function applyChecked(
    folder: string,
    check: Verified,
    replacePin: boolean,
  ): Promise<AdminActionResult> {
    const { settings } = check.manifest
    const adminPin = pinForKiosk(check.manifest, (await deps.settings.get()).kioskId)
    if (adminPin) {
      const pin = await deps.pins.setPinHash(adminPin, replacePin)
      if (!pin.ok) return { ok: false, reason: pin.message }
      await deps.audit.record(replacePin ? 'pin-changed' : 'pin-set', `from ${folder}`)
    }
    const result = await deps.settings.update(settings)
    if (!result.ok) {
      const reason = describeProblems(result.problems)
      await deps.audit.record('config-refused', `${folder}: ${reason}`)
      return { ok: false, reason }
    }
    // Verified versions always have one; the mark rises only once the package took effect.
    if (check.manifest.version !== undefined) await deps.mark.raise(check.manifest.version)
    const changed = [...check.changes.map((c) => c.path), ...(adminPin ? ['admin PIN'] : [])]
    const detail = changed.join(', ') || 'no change'
    await deps.audit.record('config-applied', `${folder} (key ${check.signerKeyId}): ${detail}`)
    return { ok: true, detail }
  }

  return {
    /** An administrator applies a listed package; a PIN it carries replaces the current one. */
    async apply(folder: string): Promise<AdminActionResult> {
      const check = await verified(folder)
      return check.ok ? applyChecked(folder, check, true) : check
    },
    /** First start: takes the PIN (and settings) from the first valid package that carries one. */
    async provision(): Promise<AdminActionResult> {
      if (deps.pins.status().pinSet) {
        return { ok: false, reason: 'a PIN is already set; sign in to change it' }
      }
      const reasons: string[] = []
      for (const folder of await findConfigFolders(await deps.sources())) {
        const check = await verified(folder, false)
        if (!check.ok) reasons.push(`${folder}: ${check.reason}`)
        else if (!pinForKiosk(check.manifest, (await deps.settings.get()).kioskId))
          reasons.push(`${folder}: carries no PIN for this kiosk`)
        else return applyChecked(folder, check, false)
      }
      const why = reasons.length > 0 ? ` (${reasons.join('; ')})` : ''
      const reason = `no signed provisioning package with a PIN was found${why}`
      // Anyone at the screen can ask, so repeats are one counted entry apart from admin actions.
      await deps.audit.record('provision-refused', reason, reason)
      return { ok: false, reason }
    },
  }
}
