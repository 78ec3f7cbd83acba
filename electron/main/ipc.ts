import type { IpcMain } from 'electron'
import { invokeChannels, noticeChannel, type InvokeChannelKey } from '../../common/api/channels'
import type { KioskServices } from '../services/kioskServices'
import { registerAdminIpc } from './adminIpc'
import { createAreaIpc, type IpcOptions } from './ipcGuard'
import { registerPrintIpc } from './printIpc'
import { registerStatsIpc } from './statsIpc'
import { registerUpdateIpc } from './updateIpc'

export { checkSender, IpcRefusal, type IpcOptions } from './ipcGuard'

type Handler = {
  spec: (typeof invokeChannels)[InvokeChannelKey]
  call: (services: KioskServices) => Promise<unknown>
}

/** One entry per channel; `satisfies` makes a KioskApi method without a handler a type error. */
const handlers = {
  contentGet: { spec: invokeChannels.contentGet, call: (s) => s.content.get() },
  settingsGet: { spec: invokeChannels.settingsGet, call: (s) => s.settings.get() },
  appInfo: { spec: invokeChannels.appInfo, call: (s) => s.app.info() },
} satisfies Record<InvokeChannelKey, Handler>

/**
 * Registers one `ipcMain.handle` per KioskApi channel. Each call is checked (sender frame, then
 * arguments against the channel's zod schema) before the service runs; a refusal rejects the
 * renderer's promise with a message saying what was wrong and never disturbs the main process.
 * Also forwards host notices to the kiosk window. Returns a function that undoes all of it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const core = createAreaIpc(ipcMain, options, {
    service: () => services,
    unavailable: 'this host offers no services',
  })
  const entries: Handler[] = Object.values(handlers)
  for (const { spec, call } of entries) core.handle(spec, (s) => call(s))
  const stopAdmin = registerAdminIpc(ipcMain, services, options)
  const stopStats = registerStatsIpc(ipcMain, services, options)
  const stopUpdates = registerUpdateIpc(ipcMain, services, options)
  const stopPrint = registerPrintIpc(ipcMain, services, options)
  const stopNotices = services.onNotice((notice) => {
    const contents = options.kioskContents()
    if (contents && !contents.isDestroyed()) contents.send(noticeChannel.channel, notice)
  })
  return () => {
    stopAdmin()
    stopStats()
    stopUpdates()
    stopPrint()
    stopNotices()
    core.dispose()
  }
}
