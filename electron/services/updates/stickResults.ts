import { lstat, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { exportToCsv } from '../../../common/stats/exportCsv'
import type { StatsExport } from '../../../common/stats/schema'
import { RESULTS_FOLDER } from '../../../common/update/manifest'

/** What a kiosk writes back to the stick so the office learns each kiosk's result. */
export interface StickResult {
  kioskId: string
  at: string
  outcome: 'installed' | 'refused' | 'failed'
  reason: string
  contentVersion?: number
  signerKeyId?: string
  /** Anonymous usage counters (kiosk id, site, content version), only when staff asked for them. */
  stats?: StatsExport
  /** Why the counters staff asked for are missing. */
  statsProblem?: string
}

/** `20261128T150300123Z`: sortable and valid in every file system's names. */
const fileTime = (d: Date) => d.toISOString().replace(/[-:.]/g, '')

/**
 * Writes `KIOSK-UPDATE/results/<kiosk-id>-<time>.json` and, when the result carries stats, the
 * same counters as `<kiosk-id>-<time>.csv` next to it. Never throws: a read-only or pulled stick
 * only means no receipt, so the result says why instead. A `results` link is refused.
 */
export async function writeStickResult(
  packageRoot: string,
  result: StickResult,
  now: Date = new Date(),
): Promise<{ ok: true; file: string; csvFile?: string } | { ok: false; reason: string }> {
  const dir = join(packageRoot, RESULTS_FOLDER)
  try {
    const info = await lstat(dir).catch(() => null)
    if (info?.isSymbolicLink())
      return { ok: false, reason: 'results/ on the stick is a link; not written' }
    if (!info) await mkdir(dir)
    const base = join(dir, `${result.kioskId}-${fileTime(now)}`)
    await writeFile(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' })
    if (!result.stats) return { ok: true, file: `${base}.json` }
    await writeFile(`${base}.csv`, exportToCsv(result.stats), { flag: 'wx' })
    return { ok: true, file: `${base}.json`, csvFile: `${base}.csv` }
  } catch (err) {
    return {
      ok: false,
      reason: `could not write the result to the stick (${err instanceof Error ? err.message : String(err)})`,
    }
  }
}
