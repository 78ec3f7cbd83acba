import { expect } from 'vitest'
import type { IpcRenderer } from 'electron'
import { kioskApiOverBridge } from '../../../common/api/bridge'
import type { KioskApi } from '../../../common/api/kioskApi'
import { createKioskBridge } from '../../preload/kioskBridge'
import type { FakeIpcMain, FakeWebContents } from './fakeElectron'

/**
 * The preload's window.kiosk wired straight to a FakeIpcMain, calling as the kiosk's main frame,
 * and opened as the renderer opens it (failures thrown as `KioskApiError` with their code).
 */
export function bridgeTo(ipcMain: FakeIpcMain, kiosk: FakeWebContents): KioskApi {
  const ipc = {
    invoke: (channel: string, ...args: unknown[]) =>
      ipcMain.invoke(channel, { sender: kiosk, senderFrame: kiosk.mainFrame }, ...args),
    on: () => ipc,
    removeListener: () => ipc,
  }
  return kioskApiOverBridge(
    createKioskBridge(ipc as unknown as Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>),
  )
}

/** The table's channels of one area. */
export const channelsOfArea = (channels: readonly string[], area: string) =>
  channels.filter((c) => c.startsWith(`kiosk:${area}:`)).sort()

/** What a raw channel answers when the main process refuses: the contract error, as data. */
export const refusal = (code: string, message: string) => ({
  ok: false,
  error: { code, message: expect.stringContaining(message) as unknown },
})
