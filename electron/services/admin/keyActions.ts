import type { AdminActionResult, TrustedKeyInfo } from '../../../common/admin/schemas'
import type { SignatureKeys } from '../updates/signature'
import type { AuditLog } from './auditLog'
import { addKeyFromPackage, listTrustedKeys, removeAddedKey } from './trustedKeyAdmin'

export interface KeyActionsDeps {
  /** Throws AdminAuthError unless the session is live. */
  requireSession(session: string): string
  signatureKeys(): Promise<SignatureKeys>
  sources(): Promise<string[]>
  audit: AuditLog
  /** Without a resources folder every trusted key counts as added. */
  dirs: { dataDir: string; resourcesDir: string | undefined }
}

/**
 * The admin service's trusted-key actions: each needs a live session, and each change (or
 * refusal) is written to the audit log with the key id, so the office can see which kiosk took
 * a rotation and when.
 */
export function createKeyActions(deps: KeyActionsDeps) {
  const resourcesDir = deps.dirs.resourcesDir ?? ''
  return {
    async listKeys(session: string): Promise<TrustedKeyInfo[]> {
      deps.requireSession(session)
      return listTrustedKeys(await deps.signatureKeys(), resourcesDir)
    },
    async addKey(session: string): Promise<AdminActionResult> {
      deps.requireSession(session)
      const [roots, keys] = await Promise.all([deps.sources(), deps.signatureKeys()])
      const outcome = await addKeyFromPackage(roots, keys, deps.dirs.dataDir)
      if (!outcome.ok) {
        await deps.audit.record('key-refused', outcome.reason)
        return outcome
      }
      await deps.audit.record('key-added', outcome.keyId)
      return { ok: true, detail: outcome.keyId }
    },
    async removeKey(session: string, keyId: string): Promise<AdminActionResult> {
      deps.requireSession(session)
      const outcome = await removeAddedKey(keyId, await deps.signatureKeys(), {
        dataDir: deps.dirs.dataDir,
        resourcesDir,
      })
      if (!outcome.ok) {
        await deps.audit.record('key-refused', outcome.reason)
        return outcome
      }
      await deps.audit.record('key-removed', outcome.keyId)
      return { ok: true, detail: outcome.keyId }
    },
  }
}
