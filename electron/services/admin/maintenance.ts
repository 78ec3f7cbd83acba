import { pinForKiosk } from '../../../common/admin/configPackage'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { CONFIG_FOLDER, CONFIG_NAME } from '../../../common/admin/configPackage'
import type { ConfigFinding, Diagnostics } from '../../../common/admin/schemas'
import type { Settings } from '../../../common/settings/schema'
import type { UpdateLogEntry } from '../../../common/update/updateStatus'
import { writeStickFile } from '../removableMedia/stickWrite'
import type { SignatureKeys } from '../updates/signature'
import { verifyConfigPackage, type ConfigCheck } from './configPackage'

/** Folder written on a stick by "export diagnostics". */
export const DIAGNOSTICS_FOLDER = 'KIOSK-DIAGNOSTICS'

/** The `KIOSK-CONFIG` folders present under `roots` (sticks and watched folders), in order. */
export async function findConfigFolders(roots: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const root of [...new Set(roots)]) {
    const folder = join(root, CONFIG_FOLDER)
    if (
      await access(join(folder, CONFIG_NAME)).then(
        () => true,
        () => false,
      )
    )
      found.push(folder)
  }
  return found
}

/** A verification result as the admin screen shows it: what would change, or why not. */
export function findingFrom(folder: string, check: ConfigCheck, kioskId: string): ConfigFinding {
  if (!check.ok) return { ok: false, folder, code: check.code, reason: check.reason }
  return {
    ok: true,
    folder,
    signerKeyId: check.signerKeyId,
    createdAt: check.manifest.createdAt,
    ...(check.manifest.note ? { note: check.manifest.note } : {}),
    setsPin: pinForKiosk(check.manifest, kioskId) !== undefined,
    changes: check.changes,
  }
}

/** Verifies every config package found, against this kiosk's current settings and keys. */
export async function listConfigPackages(
  roots: readonly string[],
  keys: SignatureKeys,
  current: Settings,
  appliedVersion = 0,
): Promise<ConfigFinding[]> {
  const folders = await findConfigFolders(roots)
  return Promise.all(
    folders.map(async (f) =>
      findingFrom(
        f,
        await verifyConfigPackage(f, { keys, current, appliedVersion }),
        current.kioskId,
      ),
    ),
  )
}

/**
 * Writes the diagnostics and the update log as one JSON file per stick, named by kiosk id and
 * time, so staff can carry a kiosk's health to the office. Returns the files written and, for
 * each stick that could not be written (a link on it included), why.
 */
export async function exportDiagnostics(
  roots: readonly string[],
  report: {
    kioskId: string
    at: Date
    diagnostics: Diagnostics
    updateLog: readonly UpdateLogEntry[]
  },
): Promise<{ written: string[]; problems: string[] }> {
  const stamp = report.at.toISOString().replace(/[:.]/g, '-')
  const body = `${JSON.stringify({ kioskId: report.kioskId, exportedAt: report.at.toISOString(), diagnostics: report.diagnostics, updateLog: report.updateLog }, null, 2)}\n`
  const written: string[] = []
  const problems: string[] = []
  for (const root of roots) {
    const name = `${DIAGNOSTICS_FOLDER}/${report.kioskId}-${stamp}.json`
    try {
      written.push(await writeStickFile(root, name, body, { mode: 'new' }))
    } catch (err) {
      problems.push(`${root}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return { written, problems }
}
