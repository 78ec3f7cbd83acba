import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { kioskContract } from '../../../common/api/contract'
import { statsExportSchema, type StatsEvent } from '../../../common/stats/schema'
import type { LogRecord } from '../logger/logger'
import { removableDriveRoots } from '../updates/sourceWatcher'
import { createStatsService, type StatsServiceDeps } from './statsService'
import { MAX_KEYS_PER_DAY, OVERFLOW_KEY, statsFiles } from './statsStore'

let dir: string
let logs: LogRecord[]
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stats-'))
  logs = []
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const SESSION = 'a'.repeat(43)

function open(now: () => Date, extra: Partial<StatsServiceDeps> = {}) {
  return createStatsService({
    dataDir: dir,
    now,
    identity: async () => ({
      kioskId: 'rail-1',
      siteId: 'changchun-railway-station',
      contentVersion: 7,
    }),
    requireAdmin: async (s) => {
      if (s !== SESSION) throw new Error('an admin session is required')
    },
    driveRoots: async () => [],
    log: (r) => logs.push(r),
    ...extra,
  })
}

const at = (iso: string) => () => new Date(iso)
const journey: StatsEvent[] = [
  { kind: 'session' },
  { kind: 'view', screen: 'home' },
  { kind: 'view', screen: 'category', id: 'shelter-tonight' },
  { kind: 'view', screen: 'category', id: 'shelter-tonight' },
  { kind: 'language', lang: 'en' },
  { kind: 'language', lang: 'zh-Hans' },
]

describe('stats service', () => {
  it('counts items by local day and totals by hour, holds counts until a flush, and keeps them across restarts', async () => {
    // 23:10 in Changchun on 10 January is 15:10 UTC.
    const stats = await open(at('2026-01-10T15:10:00Z'))
    stats.record(journey)
    await expect(readdir(statsFiles(dir).dir)).resolves.not.toContain('days-2026-01.json')
    const before = await stats.overview(SESSION)
    expect(before.days).toEqual([
      {
        day: '2026-01-10',
        counts: {
          session: 1,
          'view:home': 1,
          'view:category:shelter-tonight': 2,
          'language:en': 1,
          'language:zh-Hans': 1,
        },
        hours: { '23': { session: 1, view: 3, language: 2 } },
      },
    ])
    await stats.close()

    const again = await open(at('2026-01-11T01:00:00Z'))
    again.record([{ kind: 'session' }, { kind: 'idle-reset' }])
    const view = await again.overview(SESSION)
    expect(view.today).toBe('2026-01-11')
    expect(view.kioskId).toBe('rail-1')
    expect(view.days.map((d) => d.day)).toEqual(['2026-01-10', '2026-01-11'])
    expect(view.days[0]).toEqual(before.days[0])
    expect(logs.filter((r) => r.level !== 'info')).toEqual([])
    expect(view.days[1]?.hours['9']).toEqual({ session: 1, 'idle-reset': 1 })
    await again.close()
  })

  it('is never handed a malformed batch: the contract refuses it, and nothing is counted', async () => {
    const stats = await open(at('2026-01-10T02:00:00Z'))
    // The host boundary parses with the contract's schema before the service sees a batch.
    const args = kioskContract.stats.record.args
    expect(
      args.safeParse([[{ kind: 'session' }, { kind: 'view', screen: 'home', text: 'x' }]]).success,
    ).toBe(false)
    expect(args.safeParse([[]]).success).toBe(false)
    expect((await stats.overview(SESSION)).days).toEqual([])
    await stats.close()
  })

  it('counts update attempts the host reports, by outcome', async () => {
    const stats = await open(at('2026-01-10T02:00:00Z'))
    stats.recordHost({ kind: 'update-attempt', outcome: 'refused' })
    stats.recordHost({ kind: 'update-attempt', outcome: 'refused' })
    stats.recordHost({ kind: 'update-attempt', outcome: 'installed' })
    const [day] = (await stats.overview(SESSION)).days
    expect(day?.counts).toEqual({ 'update-attempt:refused': 2, 'update-attempt:installed': 1 })
    expect(day?.hours['10']).toEqual({ 'update-attempt': 3 })
    await stats.close()
  })

  it('shows the overview only to an admin session', async () => {
    const stats = await open(at('2026-01-10T02:00:00Z'))
    await expect(stats.overview('nope')).rejects.toThrow(/admin session/)
    await expect(stats.exportToSticks('')).rejects.toThrow(/admin session/)
    await stats.close()
  })

  it('folds days older than the retention window into months when it opens', async () => {
    const early = await open(at('2025-01-15T04:00:00Z'))
    early.record([{ kind: 'session' }, { kind: 'session' }])
    await early.close()
    const mid = await open(at('2025-02-03T04:00:00Z'))
    mid.record([{ kind: 'session' }])
    await mid.close()

    const late = await open(at('2026-02-20T04:00:00Z'))
    const folder = join(dir, 'stick')
    await mkdir(folder)
    const file = await late.exportTo(folder)
    const exported = statsExportSchema.parse(JSON.parse(await readFile(file, 'utf8')))
    expect(exported.months).toEqual([
      { month: '2025-01', days: ['2025-01-15'], counts: { session: 2 } },
    ])
    expect(exported.days.map((d) => d.day)).toEqual(['2025-02-03'])
    await late.close()
  })

  it('keeps a day bounded: new counters past the cap go to overflow', async () => {
    const stats = await open(at('2026-01-10T02:00:00Z'))
    const ids = Array.from({ length: MAX_KEYS_PER_DAY + 5 }, (_, i) => `s-${i}`)
    for (let i = 0; i < ids.length; i += 200) {
      stats.record(
        ids.slice(i, i + 200).map((id): StatsEvent => ({ kind: 'view', screen: 'service', id })),
      )
      await stats.flush()
    }
    const [record] = (await stats.overview(SESSION)).days
    const counts = record?.counts ?? {}
    expect(Object.keys(counts)).toHaveLength(MAX_KEYS_PER_DAY + 1)
    expect(counts[OVERFLOW_KEY]).toBe(5)
    expect(record?.hours['10']).toEqual({ view: ids.length })
    await stats.close()
  })

  it('exports JSON and CSV with the kiosk id, site and content version', async () => {
    const stats = await open(at('2026-01-10T15:10:00Z'))
    stats.record(journey)
    await mkdir(join(dir, 'usb'))
    const file = await stats.exportTo(join(dir, 'usb'))
    expect(file).toBe(join(dir, 'usb', 'KIOSK-STATS', 'rail-1-2026-01-10.json'))
    const data = statsExportSchema.parse(JSON.parse(await readFile(file, 'utf8')))
    expect(data).toMatchObject({
      kioskId: 'rail-1',
      siteId: 'changchun-railway-station',
      contentVersion: 7,
      exportedAt: '2026-01-10T23',
    })
    const csv = (await readFile(file.replace(/\.json$/, '.csv'), 'utf8')).trim().split('\n')
    expect(csv[0]).toBe('kiosk_id,site_id,content_version,period,hour,counter,count')
    // Items per day (hour empty), only totals by kind per hour.
    expect(csv).toContain(
      'rail-1,changchun-railway-station,7,2026-01-10,,view:category:shelter-tonight,2',
    )
    expect(csv).toContain('rail-1,changchun-railway-station,7,2026-01-10,23,view,3')
    expect(csv.filter((row) => /,\d+,[a-z-]+:/.test(row))).toEqual([])
    expect(csv).toHaveLength(9)
    await stats.close()
  })

  it('exports to every stick present and says when there is none', async () => {
    const sticks = [join(dir, 'a'), join(dir, 'b')]
    for (const stick of sticks) await mkdir(stick)
    const stats = await open(at('2026-01-10T02:00:00Z'), { driveRoots: async () => sticks })
    const result = await stats.exportToSticks(SESSION)
    expect(result.written).toHaveLength(2)
    expect(result.problems).toEqual([])
    const none = await open(at('2026-01-10T02:00:00Z'), { driveRoots: async () => [] })
    expect((await none.exportToSticks(SESSION)).problems).toEqual(['no USB stick found'])
    await stats.close()
    await none.close()
  })

  it('exports once to a stick mounted at /media/<label>, not again into its own folders (issue 23, finding 11)', async () => {
    const stick = join(dir, 'media', 'STICK')
    await mkdir(join(stick, 'photos'), { recursive: true })
    // The temp folders share one device: the stick is named as the one mount point.
    const driveRoots = removableDriveRoots('linux', dir, async (d) => d === stick)
    const stats = await open(at('2026-01-10T02:00:00Z'), { driveRoots })
    expect((await stats.exportToSticks(SESSION)).written).toHaveLength(1)
    const second = await stats.exportToSticks(SESSION)
    expect(second).toMatchObject({ problems: [] })
    expect(second.written).toHaveLength(1)
    expect((await readdir(stick)).sort()).toEqual(['KIOSK-STATS', 'photos'])
    expect(await readdir(join(stick, 'photos'))).toEqual([])
    expect(await readdir(join(stick, 'KIOSK-STATS'))).not.toContain('KIOSK-STATS')
    await stats.close()
  })

  // Finding 1 of the 2026 review: a stick planted links so the export overwrote the PIN record.
  const links = process.platform === 'win32' ? it.skip : it
  links('a stick with links cannot make the export write outside it', async () => {
    const victimDir = join(dir, 'data', 'admin')
    const victim = join(victimDir, 'pin.json')
    await mkdir(victimDir, { recursive: true })
    await writeFile(victim, 'pin record')
    const linkedFolder = join(dir, 'stick-1')
    const linkedFiles = join(dir, 'stick-2')
    await mkdir(linkedFolder)
    await mkdir(join(linkedFiles, 'KIOSK-STATS'), { recursive: true })
    await symlink(victimDir, join(linkedFolder, 'KIOSK-STATS'))
    for (const name of [
      'rail-1-2026-01-10.csv',
      'rail-1-2026-01-10.csv.tmp',
      'rail-1-2026-01-10.json.tmp',
    ])
      await symlink(victim, join(linkedFiles, 'KIOSK-STATS', name))
    const stats = await open(at('2026-01-10T02:00:00Z'), {
      driveRoots: async () => [linkedFolder, linkedFiles],
    })
    stats.record(journey)
    const result = await stats.exportToSticks(SESSION)
    expect(result.problems).toEqual([expect.stringMatching(/KIOSK-STATS on the stick is a link/)])
    expect(result.written).toEqual([join(linkedFiles, 'KIOSK-STATS', 'rail-1-2026-01-10.json')])
    const csv = join(linkedFiles, 'KIOSK-STATS', 'rail-1-2026-01-10.csv')
    expect((await lstat(csv)).isSymbolicLink()).toBe(false)
    expect(await readFile(victim, 'utf8')).toBe('pin record')
    expect(await readdir(victimDir)).toEqual(['pin.json'])
    await stats.close()
  })
})
