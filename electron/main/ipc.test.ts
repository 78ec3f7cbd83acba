import type { WebContents } from 'electron'
import { beforeEach, describe, expect, it } from 'vitest'
import { contractChannels } from '../../common/api/contract'
import { noticeChannel } from '../../common/api/kioskApi'
import { fakeServices, type FakeServices } from '../serve/testSupport'
import { registerIpc } from './ipc'
import { refusal } from './testing/bridge'
import { FakeIpcMain, FakeWebContents, type FakeFrame } from './testing/fakeElectron'

let ipcMain: FakeIpcMain
let kiosk: FakeWebContents
let services: FakeServices
let logs: string[]
let dispose: () => void

const eventFrom = (sender: FakeWebContents, senderFrame: FakeFrame | null = sender.mainFrame) => ({
  sender,
  senderFrame,
})

beforeEach(() => {
  ipcMain = new FakeIpcMain()
  kiosk = new FakeWebContents()
  services = fakeServices('electron')
  logs = []
  dispose = registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], services, {
    kioskContents: () => kiosk as unknown as WebContents,
    log: (l) => logs.push(l),
  })
})

describe('registerIpc', () => {
  it('handles exactly the contract channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...contractChannels].sort())
    expect([...ipcMain.handlers.keys()]).toContain('kiosk:content:get')
  })

  it('answers the kiosk main frame from the services', async () => {
    const info = await ipcMain.invoke('kiosk:app:info', eventFrom(kiosk))
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } })
    await expect(ipcMain.invoke('kiosk:content:get', eventFrom(kiosk))).resolves.toEqual({
      ok: true,
      value: services.snapshot,
    })
    expect(services.calls).toEqual(['app.info', 'content.get'])
  })

  it('rejects a call from another web contents', async () => {
    const foreign = new FakeWebContents()
    await expect(ipcMain.invoke('kiosk:settings:get', eventFrom(foreign))).resolves.toEqual(
      refusal('forbidden', 'the sender is not the kiosk window'),
    )
    expect(services.calls).toEqual([])
    expect(logs[0]).toContain('refused')
  })

  it('rejects a subframe, a frame that navigated away and a frame that is gone', async () => {
    const subframe: FakeFrame = {
      processId: 9,
      routingId: 4,
      url: 'app://kiosk/x',
      parent: kiosk.mainFrame,
    }
    await expect(ipcMain.invoke('kiosk:content:get', eventFrom(kiosk, subframe))).resolves.toEqual(
      refusal('forbidden', 'main frame'),
    )
    kiosk.mainFrame.url = 'https://evil.example/'
    await expect(ipcMain.invoke('kiosk:content:get', eventFrom(kiosk))).resolves.toEqual(
      refusal('forbidden', 'not on app://kiosk'),
    )
    await expect(ipcMain.invoke('kiosk:content:get', eventFrom(kiosk, null))).resolves.toEqual(
      refusal('forbidden', 'main frame'),
    )
    expect(services.calls).toEqual([])
  })

  it('rejects a malformed payload with a clear error and keeps serving', async () => {
    await expect(
      ipcMain.invoke('kiosk:content:get', eventFrom(kiosk), { path: '/etc/passwd' }),
    ).resolves.toEqual(refusal('bad-request', 'invalid arguments: '))
    expect(services.calls).toEqual([])
    await expect(ipcMain.invoke('kiosk:content:get', eventFrom(kiosk))).resolves.toEqual({
      ok: true,
      value: services.snapshot,
    })
  })

  it('passes a service failure on as an internal error, not a crash, and logs its cause', async () => {
    services.settings.get = () => Promise.reject(new Error('store unreadable'))
    const reply = await ipcMain.invoke('kiosk:settings:get', eventFrom(kiosk))
    expect(reply).toEqual(refusal('internal', 'internal error'))
    expect(JSON.stringify(reply)).not.toContain('store unreadable')
    expect(logs.join('\n')).toContain('store unreadable')
  })

  it('pushes host notices to the kiosk window until disposed', () => {
    services.emit({ kind: 'content-changed', contentVersion: 2 })
    expect(kiosk.sent).toEqual([
      { channel: noticeChannel.channel, payload: { kind: 'content-changed', contentVersion: 2 } },
    ])
    dispose()
    services.emit({ kind: 'settings-changed' })
    expect(kiosk.sent).toHaveLength(1)
    expect(ipcMain.handlers.size).toBe(0)
  })
})
