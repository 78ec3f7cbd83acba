import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractChannels } from '../../common/api/contract'
import { createStatsService } from '../services/stats/statsService'
import { silentLogger } from '../services/logger/logger'
import { fakeServices } from '../serve/testSupport'
import { AdminAuthError } from '../services/admin/adminService'
import { registerIpc } from './ipc'
import { bridgeTo, channelsOfArea, refusal } from './testing/bridge'
import { FakeIpcMain, FakeWebContents } from './testing/fakeElectron'

const SESSION = 's'.repeat(43)
let dir: string
let ipcMain: FakeIpcMain
let kiosk: FakeWebContents
const fromKiosk = () => ({ sender: kiosk, senderFrame: kiosk.mainFrame })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stats-ipc-'))
  ipcMain = new FakeIpcMain()
  kiosk = new FakeWebContents()
  const services = fakeServices('electron')
  services.stats = await createStatsService({
    dataDir: dir,
    now: () => new Date('2026-01-20T14:30:00Z'),
    identity: async () => ({ kioskId: 'rail-1', contentVersion: 1 }),
    requireAdmin: async (s) => {
      if (s !== SESSION) throw new AdminAuthError()
    },
    driveRoots: async () => [],
    log: silentLogger,
  })
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], services, {
    kioskContents: () => kiosk as unknown as WebContents,
    log: () => undefined,
  })
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

describe('registerIpc: the stats area', () => {
  it('registers every stats channel', () => {
    const stats = channelsOfArea(contractChannels, 'stats')
    expect(stats).toEqual([
      'kiosk:stats:export-to-sticks',
      'kiosk:stats:overview',
      'kiosk:stats:record',
    ])
    expect(channelsOfArea([...ipcMain.handlers.keys()], 'stats')).toEqual(stats)
  })

  it('counts through the preload bridge and shows the counts to an admin session only', async () => {
    const bridge = bridgeTo(ipcMain, kiosk).stats!
    await bridge.record([{ kind: 'session' }, { kind: 'language', lang: 'zh-Hans' }])
    const overview = await bridge.overview(SESSION)
    expect(overview.days).toEqual([
      {
        day: '2026-01-20',
        counts: { session: 1, 'language:zh-Hans': 1 },
        hours: { '22': { session: 1, language: 1 } },
      },
    ])
    await expect(bridge.overview('t'.repeat(43))).rejects.toMatchObject({
      code: 'no-session',
      message: expect.stringMatching(/admin session is required/),
    })
  })

  it('refuses another sender and a batch with anything but counters', async () => {
    const foreign = new FakeWebContents()
    const batch = [{ kind: 'session' }]
    await expect(
      ipcMain.invoke(
        'kiosk:stats:record',
        { sender: foreign, senderFrame: foreign.mainFrame },
        batch,
      ),
    ).resolves.toEqual(refusal('forbidden', 'the sender is not the kiosk window'))
    await expect(
      ipcMain.invoke('kiosk:stats:record', fromKiosk(), [
        { kind: 'view', screen: 'home', note: 'my name is' },
      ]),
    ).resolves.toEqual(refusal('bad-request', 'invalid arguments: 0.0'))
    const overview = await bridgeTo(ipcMain, kiosk).stats!.overview(SESSION)
    expect(overview.days).toEqual([])
  })
})
