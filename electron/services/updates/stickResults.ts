import { exportToCsv } from '../../../common/stats/exportCsv'
import type { StatsExport } from '../../../common/stats/schema'
import { PACKAGE_FOLDER, RESULTS_FOLDER } from '../../../common/update/manifest'
import { writeStickFile } from '../removableMedia/stickWrite'

/** What a kiosk writes back to the stick so the office learns each kiosk's result. */
export interface StickResult {
  kioskId: string
  at: string
  /** `rolled-back`: an automatic install failed its health check and the old content is back. */
  outcome: 'installed' | 'refused' | 'failed' | 'rolled-back'
  /** `automatic` for unattended installs from a watched folder (issue 20). */
  policy?: 'staff' | 'automatic'
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
 * Writes `KIOSK-UPDATE/results/<kiosk-id>-<time>.json` on the stick (or watched folder) `source`
 * and, when the result carries stats, the same counters as `<kiosk-id>-<time>.csv` next to it.
 * Never throws: a read-only or pulled stick only means no receipt, so the result says why
 * instead. A link at any level under `source` is refused (see stickWrite).
 */
export async function writeStickResult(
  source: string,
  result: StickResult,
  now: Date = new Date(),
): Promise<{ ok: true; file: string; csvFile?: string } | { ok: false; reason: string }> {
  const base = `${PACKAGE_FOLDER}/${RESULTS_FOLDER}/${result.kioskId}-${fileTime(now)}`
  try {
    const file = await writeStickFile(
      source,
      `${base}.json`,
      `${JSON.stringify(result, null, 2)}\n`,
      {
        mode: 'new',
      },
    )
    if (!result.stats) return { ok: true, file }
    const csvFile = await writeStickFile(source, `${base}.csv`, exportToCsv(result.stats), {
      mode: 'new',
    })
    return { ok: true, file, csvFile }
  } catch (err) {
    return {
      ok: false,
      reason: `could not write the result to the stick (${err instanceof Error ? err.message : String(err)})`,
    }
  }
}
