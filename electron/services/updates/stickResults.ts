import { lstat, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { RESULTS_FOLDER } from '../../../common/update/manifest'

/** What a kiosk writes back to the stick so the office learns each kiosk's result. */
export interface StickResult {
  kioskId: string
  at: string
  outcome: 'installed' | 'refused' | 'failed'
  reason: string
  contentVersion?: number
  signerKeyId?: string
  /** Anonymous usage counters, only when staff asked for them. */
  stats?: unknown
}

/** `20261128T150300123Z`: sortable and valid in every file system's names. */
const fileTime = (d: Date) => d.toISOString().replace(/[-:.]/g, '')

/**
 * Writes `KIOSK-UPDATE/results/<kiosk-id>-<time>.json`. Never throws: a read-only or pulled
 * stick only means no receipt, so the result says why instead. A `results` link is refused.
 */
export async function writeStickResult(
  packageRoot: string,
  result: StickResult,
  now: Date = new Date(),
): Promise<{ ok: true; file: string } | { ok: false; reason: string }> {
  const dir = join(packageRoot, RESULTS_FOLDER)
  try {
    const info = await lstat(dir).catch(() => null)
    if (info?.isSymbolicLink())
      return { ok: false, reason: 'results/ on the stick is a link; not written' }
    if (!info) await mkdir(dir)
    const file = join(dir, `${result.kioskId}-${fileTime(now)}.json`)
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' })
    return { ok: true, file }
  } catch (err) {
    return {
      ok: false,
      reason: `could not write the result to the stick (${err instanceof Error ? err.message : String(err)})`,
    }
  }
}
