import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adminChannels } from '../../common/admin/adminApi'
import { createAdminService } from '../services/admin/adminService'
import { silentLogger } from '../services/logger/logger'
import { fakeServices, type FakeServices } from '../web/testSupport'
import { createAdminBridge } from '../preload/adminBridge'
import { registerAdminIpc } from './adminIpc'
import { FakeIpcMain, FakeWebContents } from './testing/fakeElectron'

let dir: string
let ipcMain: FakeIpcMain
let kiosk: FakeWebContents
let services: FakeServices
let logs: string[]
const fromKiosk = () => ({ sender: kiosk, senderFrame: kiosk.mainFrame })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-ipc-'))
  ipcMain = new FakeIpcMain()
  kiosk = new FakeWebContents()
  services = fakeServices('electron')
  services.admin = await createAdminService({
    dataDir: dir,
    settings: {
      get: services.settings.get,
      update: async () => ({ ok: true, settings: services.settingsValue }),
    },
    content: services.content,
    app: services.app,
    errors: { entries: () => [] },
    clock: { now: () => new Date(), overridden: false },
    log: silentLogger,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 },
    firstPinOnScreen: true,
  })
  logs = []
  registerAdminIpc(ipcMain as unknown as Parameters<typeof registerAdminIpc>[0], services, {
    kioskContents: () => kiosk as unknown as WebContents,
    log: (l) => logs.push(l),
  })
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('registerAdminIpc', () => {
  it('registers every admin channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(adminChannels)
        .map((c) => c.channel)
        .sort(),
    )
  })

  it('refuses a sender that is not the kiosk window before touching the PIN', async () => {
    const foreign = new FakeWebContents()
    const event = { sender: foreign, senderFrame: foreign.mainFrame }
    await expect(ipcMain.invoke('kiosk:admin:set-pin', event, '123456')).rejects.toThrow(
      'the sender is not the kiosk window',
    )
    expect(await ipcMain.invoke('kiosk:admin:status', fromKiosk())).toMatchObject({ pinSet: false })
  })

  it('refuses malformed arguments, naming them, and never logs a PIN', async () => {
    await expect(ipcMain.invoke('kiosk:admin:login', fromKiosk(), 123456)).rejects.toThrow(
      /invalid arguments: 0:/,
    )
    await ipcMain.invoke('kiosk:admin:login', fromKiosk(), '918273')
    expect(logs.join('\n')).not.toContain('918273')
  })

  it('works end to end through the preload bridge: PIN, session, protected calls', async () => {
    const bridge = createAdminBridge({
      invoke: (channel: string, ...args: unknown[]) =>
        ipcMain.invoke(channel, fromKiosk(), ...args),
    })
    const first = await bridge.setFirstPin('123456')
    if (!first.ok) throw new Error(first.message)
    expect((await bridge.diagnostics(first.session)).host).toBe('electron')
    await bridge.logout(first.session)
    await expect(bridge.diagnostics(first.session)).rejects.toThrow(/admin session is required/)
    await expect(bridge.auditLog('no')).rejects.toThrow(/invalid arguments/)
  })
})
