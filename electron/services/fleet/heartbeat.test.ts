import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  KIOSK_STATUS_FOLDER,
  KIOSK_STATUS_MAX_BYTES,
  kioskStatusSchema,
  parseKioskStatus,
} from '../../../common/fleet/kioskStatus'
import type { LocalKioskServices } from '../createKioskServices'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import type { KioskEnv } from '../updates/testing/packageFixtures'

let env: KioskEnv
let services: LocalKioskServices
let share: string
let receiveOnly: string

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  share = join(env.base, 'share')
  receiveOnly = join(env.base, 'receive-only')
  await mkdir(share)
  await mkdir(receiveOnly)
  services = await openKioskServices(env, { watchFolders: [] })
  const saved = await services.settings.update({
    kioskId: 'cc-rail-1',
    displayName: 'North hall',
    groups: ['canary'],
    updates: {
      watchFolders: [
        { path: share, policy: 'automatic', sendStatus: true },
        { path: receiveOnly, policy: 'automatic', sendStatus: false },
      ],
    },
  })
  expect(saved).toMatchObject({ ok: true })
})
afterEach(async () => services.close())

const readStatus = async (folder: string) =>
  readFile(join(folder, KIOSK_STATUS_FOLDER, 'cc-rail-1.json'), 'utf8')

describe('the heartbeat', () => {
  it('writes KIOSK-STATUS/<id>.json only into send-and-receive folders, readable by the office schema', async () => {
    await services.heartbeat.writeNow()
    const parsed = parseKioskStatus(await readStatus(share))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.status).toMatchObject({
      format: 1,
      kioskId: 'cc-rail-1',
      name: 'North hall',
      groups: ['canary'],
      content: { version: 1, sha256: null },
      lastInstall: null,
      printer: { state: 'none' },
    })
    expect(Date.parse(parsed.status.writtenAt)).not.toBeNaN()
    await expect(readStatus(receiveOnly)).rejects.toThrow(/ENOENT/)
    // Replaced in place, no temp files left behind.
    await services.heartbeat.writeNow()
    expect(await readdir(join(share, KIOSK_STATUS_FOLDER))).toEqual(['cc-rail-1.json'])
  })

  it('never carries what a visitor did: no answers, no viewed items, no log messages or paths', async () => {
    // A visitor session: the screener answered, a service viewed, a language chosen.
    services.stats.record([
      { kind: 'session' },
      { kind: 'language', lang: 'ko' },
      { kind: 'screener', step: 'started' },
      { kind: 'screener', step: 'finished' },
      { kind: 'view', screen: 'service', id: 'svc-food-bank' },
    ])
    services.errors.append({
      level: 'warn',
      area: 'printing',
      message: 'printer fault: visitor typed 13800001111',
      file: '/home/staff/secret.txt',
    })
    await services.heartbeat.writeNow()
    const text = await readStatus(share)
    expect(text.length).toBeLessThan(KIOSK_STATUS_MAX_BYTES)
    for (const leak of [
      'svc-food-bank',
      'screener',
      '13800001111',
      'secret.txt',
      '"ko"',
      'session',
    ]) {
      expect(text).not.toContain(leak)
    }
    const status = kioskStatusSchema.parse(JSON.parse(text))
    expect(status.errors24h).toEqual({ total: 1, byArea: { printing: 1 } })
    // Strict schema: the file has exactly the documented fields, nothing else.
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(
      Object.keys(kioskStatusSchema.shape).sort(),
    )
  })

  it('a folder that cannot be written is logged and the other folders still get their file', async () => {
    await writeFile(join(env.base, 'not-a-folder'), 'x')
    await services.settings.update({
      updates: {
        watchFolders: [
          { path: join(env.base, 'not-a-folder'), sendStatus: true },
          { path: share, sendStatus: true },
        ],
      },
    })
    await services.heartbeat.writeNow()
    expect(parseKioskStatus(await readStatus(share)).ok).toBe(true)
    expect(services.errors.entries().some((e) => e.area === 'fleet')).toBe(true)
  })
})
