import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { statsExportSchema } from '../../../common/stats/schema'
import { silentLogger } from '../logger/logger'
import { createStatsService } from './statsService'
import { statsFiles } from './statsStore'

// Finding 14 of the 2026 review: per-hour, per-item counters (`view:place:<id>` at 22:00) kept
// 400 days could, with CCTV, tell who at a quiet kiosk looked at which shelter. Items are kept
// per day; hours only as totals by kind. Checked in what reaches the disk and the stick.

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stats-privacy-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const open = (iso: string) =>
  createStatsService({
    dataDir: dir,
    now: () => new Date(iso),
    identity: async () => ({ kioskId: 'rail-1', contentVersion: 7 }),
    requireAdmin: async () => {},
    driveRoots: async () => [],
    log: silentLogger,
  })

/** Every counter key found under an `hours` object anywhere in a JSON document. */
function hourKeys(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return []
  const found: string[] = []
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'hours' && typeof inner === 'object' && inner !== null) {
      for (const counts of Object.values(inner)) found.push(...Object.keys(counts as object))
    } else found.push(...hourKeys(inner))
  }
  return found
}

/** The stats files on disk (main copies and last-good copies), parsed. */
async function filesOnDisk(): Promise<unknown[]> {
  const folder = statsFiles(dir).dir
  const names = (await readdir(folder)).filter((n) => /\.json(\.bak)?$/.test(n))
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(folder, n), 'utf8'))))
}

describe('usage statistics keep no item by the hour', () => {
  it('a place viewed at 22:30 is counted for the day; the hour only knows a view happened', async () => {
    // 22:30 in Changchun.
    const stats = await open('2026-01-20T14:30:00Z')
    stats.record([
      { kind: 'session' },
      { kind: 'view', screen: 'place', id: 'rescue-station' },
      { kind: 'language', lang: 'ko' },
    ])
    await stats.flush()
    const stick = join(dir, 'stick')
    await mkdir(stick)
    const exported = statsExportSchema.parse(
      JSON.parse(await readFile(await stats.exportTo(stick), 'utf8')),
    )
    await stats.close()

    for (const file of await filesOnDisk()) {
      expect(hourKeys(file).filter((k) => k.includes(':'))).toEqual([])
    }
    expect(hourKeys(exported).filter((k) => k.includes(':'))).toEqual([])
    expect(exported.days).toEqual([
      {
        day: '2026-01-20',
        counts: { session: 1, 'view:place:rescue-station': 1, 'language:ko': 1 },
        hours: { '22': { session: 1, view: 1, language: 1 } },
      },
    ])
  })

  it('counters an older version kept by the hour are folded into days on load, on disk too', async () => {
    const folder = statsFiles(dir).dir
    await mkdir(folder, { recursive: true })
    const old = {
      days: [
        {
          day: '2026-01-19',
          hours: {
            '3': { session: 1, 'view:place:rescue-station': 1 },
            '22': { session: 2, 'view:place:rescue-station': 1, 'language:ko': 1 },
          },
        },
      ],
    }
    await writeFile(statsFiles(dir).month('2026-01'), JSON.stringify(old))
    await writeFile(`${statsFiles(dir).month('2026-01')}.bak`, JSON.stringify(old))

    const stats = await open('2026-01-20T02:00:00Z')
    for (const file of await filesOnDisk()) {
      expect(hourKeys(file).filter((k) => k.includes(':'))).toEqual([])
    }
    const overview = await stats.overview('admin')
    expect(overview.days).toEqual([
      {
        day: '2026-01-19',
        counts: { session: 3, 'view:place:rescue-station': 2, 'language:ko': 1 },
        hours: { '3': { session: 1, view: 1 }, '22': { session: 2, view: 1, language: 1 } },
      },
    ])
    await stats.close()
  })
})
