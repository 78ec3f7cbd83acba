import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractChannels } from '../../common/api/contract'
import { fakeServices, realAdminService, type FakeServices } from '../serve/testSupport'
import { registerIpc } from './ipc'
import { bridgeTo, channelsOfArea, refusal } from './testing/bridge'
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
  services.admin = await realAdminService(services, dir)
  logs = []
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], services, {
    kioskContents: () => kiosk as unknown as WebContents,
    log: (l) => logs.push(l),
  })
})
afterEach(async () => {
  // An expired session's audit entry is written in the background: retry as adminService.test does.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
})

describe('registerIpc: the admin area', () => {
  it('registers every admin channel', () => {
    const admin = channelsOfArea(contractChannels, 'admin')
    expect(admin.length).toBeGreaterThan(15)
    expect(channelsOfArea([...ipcMain.handlers.keys()], 'admin')).toEqual(admin)
  })

  it('refuses a sender that is not the kiosk window before touching the PIN', async () => {
    const foreign = new FakeWebContents()
    const event = { sender: foreign, senderFrame: foreign.mainFrame }
    await expect(ipcMain.invoke('kiosk:admin:set-first-pin', event, '123456')).resolves.toEqual(
      refusal('forbidden', 'the sender is not the kiosk window'),
    )
    expect(await ipcMain.invoke('kiosk:admin:status', fromKiosk())).toMatchObject({
      ok: true,
      value: { pinSet: false },
    })
  })

  it('refuses malformed arguments, naming them, and never logs a PIN', async () => {
    await expect(ipcMain.invoke('kiosk:admin:login', fromKiosk(), 123456)).resolves.toEqual(
      refusal('bad-request', 'invalid arguments: 0:'),
    )
    await ipcMain.invoke('kiosk:admin:login', fromKiosk(), '918273')
    expect(logs.join('\n')).not.toContain('918273')
  })

  it('works end to end through the preload bridge: PIN, session, protected calls', async () => {
    const bridge = bridgeTo(ipcMain, kiosk).admin!
    const first = await bridge.setFirstPin('123456')
    if (!first.ok) throw new Error(first.message)
    expect((await bridge.diagnostics(first.session)).host).toBe('electron')
    await bridge.logout(first.session)
    await expect(bridge.diagnostics(first.session)).rejects.toMatchObject({
      code: 'no-session',
      message: expect.stringMatching(/admin session is required/),
    })
    await expect(bridge.auditLog('no')).rejects.toMatchObject({ code: 'bad-request' })
  })
})
