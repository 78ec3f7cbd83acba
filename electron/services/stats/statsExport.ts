import { exportToCsv } from '../../../common/stats/exportCsv'
import {
  STATS_EXPORT_FORMAT,
  statsExportSchema,
  type DailyRecord,
  type MonthRecord,
  type StatsExport,
} from '../../../common/stats/schema'
import { writeStickFile } from '../removableMedia/stickWrite'

/** Who exported: the kiosk, where it stands and which content it showed. */
export type KioskIdentity = { kioskId: string; siteId?: string; contentVersion: number }

/** The folder an export goes into on a stick or share. */
export const STATS_FOLDER = 'KIOSK-STATS'

export type StatsExportInput = {
  identity: KioskIdentity
  exportedAt: string
  days: DailyRecord[]
  months: MonthRecord[]
}

/**
 * The export document (counters, kiosk id, site, content version), validated against the schema
 * the merge command reads, so nothing malformed ever leaves the kiosk. Throws if it is invalid.
 */
export function buildStatsExport(input: StatsExportInput): StatsExport {
  return statsExportSchema.parse({
    format: STATS_EXPORT_FORMAT,
    version: 2,
    ...input.identity,
    exportedAt: input.exportedAt,
    days: input.days,
    months: input.months,
  })
}

/**
 * Writes `<folder>/KIOSK-STATS/<kioskId>-<day>.json` and `.csv` (the same counters in both) and
 * returns the JSON file's path. The data is validated before writing, so a stick never receives
 * an export the merge command would refuse; each file is synced then renamed into place (no half
 * file on a pulled stick), and a link anywhere on the stick is refused (see stickWrite).
 */
export async function writeStatsExport(folder: string, input: StatsExportInput): Promise<string> {
  const data = buildStatsExport(input)
  const base = `${STATS_FOLDER}/${data.kioskId}-${data.exportedAt.slice(0, 10)}`
  await writeStickFile(folder, `${base}.csv`, exportToCsv(data), { mode: 'replace' })
  return writeStickFile(folder, `${base}.json`, `${JSON.stringify(data, null, 2)}\n`, {
    mode: 'replace',
  })
}
