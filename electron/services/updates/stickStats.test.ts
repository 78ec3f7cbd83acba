import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContentSnapshot } from '../../../common/api/kioskApi'
import { defaultSettings, type Settings } from '../../../common/settings/schema'
import { statsExportSchema } from '../../../common/stats/schema'
import { silentLogger } from '../logger/logger'
import { createStatsService, type StatsService } from '../stats/statsService'
import { createKioskUpdates, type KioskUpdates } from './kioskUpdates'
import { writePackage } from './packageBuilder'
import { loadActiveSlot, type ActiveSlot } from './slots'
import { servedSlot } from '../contentService'
import {
  contentFile,
  contentOf,
  installVersion,
  KIOSK_ID,
  makeKiosk,
  type KioskEnv,
} from './testing/packageFixtures'

const PIN = '246810'
const SITE = 'changchun-railway-station'
let env: KioskEnv
let stats: StatsService
let updates: KioskUpdates
let snapshot: ContentSnapshot
let drives: string
let exportFails: boolean

beforeEach(async () => {
  env = await makeKiosk()
  await installVersion(env, 5)
  drives = join(env.base, 'drives')
  await mkdir(drives)
  exportFails = false
  const settings: Settings = { ...defaultSettings(), kioskId: KIOSK_ID }
  const useSlot = async (slot: ActiveSlot | null) => {
    snapshot = servedSlot(slot!).snapshot
  }
  await useSlot(await loadActiveSlot(env.dataDir))
  stats = await createStatsService({
    dataDir: join(env.base, 'stats'),
    now: () => new Date('2026-11-28T08:00:00Z'),
    identity: async () => ({
      kioskId: KIOSK_ID,
      siteId: SITE,
      contentVersion: snapshot.content.dataset.contentVersion,
    }),
    requireAdmin: async () => {},
    driveRoots: async () => [],
    log: silentLogger,
  })
  stats.record([{ kind: 'session' }, { kind: 'view', screen: 'home' }])
  updates = await createKioskUpdates({
    dataDir: env.dataDir,
    resourcesDir: env.resourcesDir,
    settings: { get: async () => settings },
    content: { get: async () => snapshot, useSlot },
    checkPin: async (pin) => (pin === PIN ? { ok: true } : { ok: false, message: 'wrong PIN' }),
    statsExport: async () => {
      if (exportFails) throw new Error('stats store unreadable')
      return stats.exportData()
    },
    driveRoots: async () => (await readdir(drives)).map((n) => join(drives, n)),
    log: silentLogger,
  })
})
afterEach(async () => {
  updates.service.stop()
  await stats.close()
})

async function plug(version: number): Promise<string> {
  const { root } = await writePackage(join(drives, 'STICK'), {
    files: [contentFile(contentOf(version))],
    key: env.key,
    contentVersion: version,
  })
  expect(await updates.api.checkNow()).toMatchObject({ state: 'ready' })
  return root
}

async function receiptFiles(root: string) {
  const dir = join(root, 'results')
  const names = (await readdir(dir)).sort()
  const json = names.filter((n) => n.endsWith('.json'))
  const csv = names.filter((n) => n.endsWith('.csv'))
  expect(json).toHaveLength(1)
  const receipt: unknown = JSON.parse(await readFile(join(dir, json[0]!), 'utf8'))
  return { names, json: json[0]!, csv, receipt, dir }
}

/** What the staff dialog sends: the stats choice and the package on screen. */
function reviewed(includeStats: boolean) {
  const status = updates.service.status()
  const manifestSha256 = status.state === 'ready' ? status.preview.manifestSha256 : ''
  return { includeStats, manifestSha256 }
}

describe('anonymous stats on the stick receipt', () => {
  it('without the choice the receipt holds no stats and no CSV is written', async () => {
    const root = await plug(6)
    expect(await updates.api.install(PIN, reviewed(false))).toMatchObject({ ok: true })
    const { receipt, csv } = await receiptFiles(root)
    expect(receipt).toMatchObject({ kioskId: KIOSK_ID, outcome: 'installed' })
    expect(receipt).not.toHaveProperty('stats')
    expect(csv).toEqual([])
  })

  it('an explicit "no" is the same as no choice', async () => {
    const root = await plug(6)
    expect(await updates.api.install(PIN, reviewed(false))).toMatchObject({ ok: true })
    const { receipt, csv } = await receiptFiles(root)
    expect(receipt).not.toHaveProperty('stats')
    expect(csv).toEqual([])
  })

  it('with the choice the receipt carries the export (kiosk, site, content version) and a CSV next to it', async () => {
    const root = await plug(6)
    expect(await updates.api.install(PIN, reviewed(true))).toMatchObject({ ok: true })
    const { receipt, csv, json, dir } = await receiptFiles(root)
    expect(receipt).toMatchObject({ outcome: 'installed', contentVersion: 6 })
    const exported = statsExportSchema.parse((receipt as { stats: unknown }).stats)
    expect(exported).toMatchObject({ kioskId: KIOSK_ID, siteId: SITE, contentVersion: 6 })
    expect(exported.days[0]?.hours['16']).toMatchObject({ session: 1 })
    expect(csv).toEqual([json.replace(/\.json$/, '.csv')])
    const rows = (await readFile(join(dir, csv[0]!), 'utf8')).trim().split('\n')
    expect(rows[0]).toBe('kiosk_id,site_id,content_version,period,hour,counter,count')
    expect(rows).toContain(`${KIOSK_ID},${SITE},6,2026-11-28,16,session,1`)
  })

  it('a refused install (newer content arrived after the check) still carries the chosen stats', async () => {
    const root = await plug(6)
    await installVersion(env, 7)
    const reply = await updates.api.install(PIN, reviewed(true))
    expect(reply).toMatchObject({ ok: true, status: { state: 'failed' } })
    const { receipt, csv } = await receiptFiles(root)
    expect(receipt).toMatchObject({ outcome: 'failed', stats: { kioskId: KIOSK_ID, siteId: SITE } })
    expect(csv).toHaveLength(1)
    expect((await loadActiveSlot(env.dataDir))?.manifest.contentVersion).toBe(7)
  })

  it('a failing export still writes the receipt and says why the stats are missing', async () => {
    exportFails = true
    const root = await plug(6)
    expect(await updates.api.install(PIN, reviewed(true))).toMatchObject({ ok: true })
    const { receipt, csv } = await receiptFiles(root)
    expect(receipt).toMatchObject({
      outcome: 'installed',
      statsProblem: expect.stringContaining('stats store unreadable'),
    })
    expect(receipt).not.toHaveProperty('stats')
    expect(csv).toEqual([])
  })

  it('a wrong PIN installs nothing and writes nothing, whatever the choice', async () => {
    const root = await plug(6)
    expect(await updates.api.install('000000', reviewed(true))).toMatchObject({
      ok: false,
      reason: 'pin-refused',
    })
    expect(await readdir(root)).not.toContain('results')
  })
})
