import type { WebContents } from 'electron'
import { beforeEach, describe, expect, it } from 'vitest'
import type { UpdateStatus } from '../../common/update/updateStatus'
import { contractChannels } from '../../common/api/contract'
import type { UpdatesApi } from '../../common/update/updatesApi'
import { fakeServices, type FakeServices } from '../serve/testSupport'
import { FakeIpcMain, FakeWebContents } from './testing/fakeElectron'
import { registerIpc } from './ipc'
import { bridgeTo, channelsOfArea, refusal } from './testing/bridge'

let ipcMain: FakeIpcMain
let kiosk: FakeWebContents
let services: FakeServices
let logs: string[]
let pins: (string | null)[]
let choices: unknown[]
const fromKiosk = () => ({ sender: kiosk, senderFrame: kiosk.mainFrame })
const ready: UpdateStatus = {
  state: 'ready',
  source: '/media/staff/STICK',
  requirePin: true,
  preview: {
    signerKeyId: '820C9F101CF13D30',
    contentVersion: 2,
    createdAt: '2026-11-20T02:00:00Z',
    manifestSha256: 'a'.repeat(64),
    diff: {
      versionAfter: 2,
      collections: [],
      screenerChanged: false,
      phoneNumbers: [],
      phonesAdded: [],
    },
  },
}

beforeEach(() => {
  ipcMain = new FakeIpcMain()
  kiosk = new FakeWebContents()
  services = fakeServices('electron')
  logs = []
  pins = []
  choices = []
  const updates: UpdatesApi = {
    reportActivity: async () => {},
    reportHealth: async () => {},
    status: async () => ready,
    checkNow: async () => ready,
    install: async (pin, options) => {
      pins.push(pin)
      choices.push(options)
      return { ok: false, reason: 'pin-refused', message: 'wrong PIN', status: ready }
    },
    dismiss: async () => ({ state: 'idle' }),
  }
  services.updates = updates
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], services, {
    kioskContents: () => kiosk as unknown as WebContents,
    log: (l) => logs.push(l),
  })
})

describe('registerIpc: the updates area', () => {
  it('registers every update channel', () => {
    const updates = channelsOfArea(contractChannels, 'updates')
    expect(updates).toContain('kiosk:updates:install')
    expect(channelsOfArea([...ipcMain.handlers.keys()], 'updates')).toEqual(updates)
  })

  it('refuses another sender and malformed arguments before reaching the service', async () => {
    const foreign = new FakeWebContents()
    const event = { sender: foreign, senderFrame: foreign.mainFrame }
    await expect(ipcMain.invoke('kiosk:updates:install', event, '123456')).resolves.toEqual(
      refusal('forbidden', 'the sender is not the kiosk window'),
    )
    await expect(ipcMain.invoke('kiosk:updates:install', fromKiosk(), 123456)).resolves.toEqual(
      refusal('bad-request', 'invalid arguments'),
    )
    // Rollback is an admin action (admin.rollbackContent); the updates area has no such door.
    await expect(ipcMain.invoke('kiosk:updates:rollback', fromKiosk())).rejects.toThrow(
      /No handler registered/,
    )
    expect(pins).toEqual([])
  })

  it('passes the staff stats choice through and refuses a malformed one', async () => {
    for (const bad of [{ includeStats: 'yes' }, { includeStats: true, name: 'x' }, true]) {
      await expect(
        ipcMain.invoke('kiosk:updates:install', fromKiosk(), '246810', bad),
      ).resolves.toEqual(refusal('bad-request', 'invalid arguments'))
    }
    await expect(
      ipcMain.invoke('kiosk:updates:install', fromKiosk(), null, { includeStats: true }, 1),
    ).resolves.toEqual(refusal('bad-request', 'invalid arguments'))
    expect(pins).toEqual([])
    const bridge = bridgeTo(ipcMain, kiosk).updates!
    await bridge.install('246810', { includeStats: true, manifestSha256: 'a'.repeat(64) })
    await bridge.install(null)
    expect(choices).toEqual([{ includeStats: true, manifestSha256: 'a'.repeat(64) }, undefined])
  })

  it('works through the preload bridge, replies checked against the contract', async () => {
    const bridge = bridgeTo(ipcMain, kiosk).updates!
    expect(await bridge.status()).toEqual(ready)
    expect(await bridge.install(null)).toMatchObject({ ok: false, reason: 'pin-refused' })
    expect(await bridge.install('246810')).toMatchObject({ ok: false })
    expect(pins).toEqual([null, '246810'])
    expect(logs.join('\n')).not.toContain('246810')
    expect(await bridge.dismiss()).toEqual({ state: 'idle' })
  })

  it('says so when the host has no updates area', async () => {
    delete services.updates
    await expect(ipcMain.invoke('kiosk:updates:status', fromKiosk())).resolves.toEqual(
      refusal('unavailable', 'this host offers no updates'),
    )
  })
})
