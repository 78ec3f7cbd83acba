import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import {
  STATS_EXPORT_FORMAT,
  storedDailyRecordSchema,
  type StatsExport,
} from '../../common/stats/schema'

/**
 * A stats export for tests: one kiosk with the given days (identity fields filled in). Days may
 * be given by the hour, as older kiosks kept them; they are folded as the merge would fold them.
 */
export function sampleExport(
  kioskId: string,
  days: z.input<typeof storedDailyRecordSchema>[],
  extra: Partial<StatsExport> = {},
): StatsExport {
  return {
    format: STATS_EXPORT_FORMAT,
    version: 2,
    kioskId,
    siteId: 'changchun-railway-station',
    contentVersion: 3,
    exportedAt: '2026-01-31T18',
    days: days.map((d) => storedDailyRecordSchema.parse(d)),
    months: [],
    ...extra,
  }
}

/** Writes `data` as `<folder>/KIOSK-STATS/<name>` the way a kiosk does; returns the path. */
export async function writeSample(folder: string, name: string, data: unknown): Promise<string> {
  const dir = join(folder, 'KIOSK-STATS')
  await mkdir(dir, { recursive: true })
  const file = join(dir, name)
  await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data), 'utf8')
  return file
}

/**
 * Three kiosks on three sticks, with one day exported twice (an older and a newer export of the
 * same kiosk) and one damaged file. Fleet totals once each day is counted once: sessions 17,
 * shelter-tonight views 9, unpaid-wages views 4, Korean chosen 3.
 */
export async function writeThreeKioskFleet(root: string): Promise<string[]> {
  const sticks = ['stick-a', 'stick-b', 'stick-c'].map((s) => join(root, s))
  await writeSample(
    sticks[0] ?? '',
    'rail-1-2026-01-20.json',
    sampleExport(
      'rail-1',
      [{ day: '2026-01-20', hours: { '22': { session: 2, 'view:category:shelter-tonight': 2 } } }],
      { exportedAt: '2026-01-20T12' },
    ),
  )
  await writeSample(
    sticks[0] ?? '',
    'rail-1-2026-01-21.json',
    sampleExport('rail-1', [
      { day: '2026-01-20', hours: { '22': { session: 4, 'view:category:shelter-tonight': 3 } } },
      { day: '2026-01-21', hours: { '8': { session: 3, 'language:ko': 2 } } },
    ]),
  )
  await writeSample(
    sticks[1] ?? '',
    'bus-1-2026-01-21.json',
    sampleExport(
      'bus-1',
      [{ day: '2026-01-21', hours: { '23': { session: 5, 'view:category:shelter-tonight': 6 } } }],
      { siteId: 'changchun-bus-station' },
    ),
  )
  await writeSample(
    sticks[2] ?? '',
    'hall-1-2026-01-21.json',
    sampleExport('hall-1', [
      {
        day: '2026-01-21',
        hours: { '10': { session: 5, 'view:category:unpaid-wages': 4, 'language:ko': 1 } },
      },
    ]),
  )
  await writeSample(sticks[2] ?? '', 'broken.json', '{"format": "relief-kiosk-stats", "kiosk')
  return sticks
}
