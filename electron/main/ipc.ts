import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { invokeChannels, noticeChannel, type InvokeChannelKey } from '../../common/api/channels'
import type { KioskServices } from '../services/kioskServices'
import { describeIssues } from '../web/guards'
import { registerAdminIpc } from './adminIpc'
import { isAppUrl } from './origin'
import { registerStatsIpc } from './statsIpc'
import { registerUpdateIpc } from './updateIpc'

export interface IpcOptions {
  /** The kiosk window's contents; IPC from any other sender is refused. */
  kioskContents: () => WebContents | undefined
  log: (line: string) => void
}

/** Why the main process refused an IPC call; the message reaches the renderer's rejection. */
export class IpcRefusal extends Error {}

/**
 * Refuses a caller that is not the kiosk page's own top frame on app://kiosk — another window,
 * a subframe, a frame that navigated elsewhere, or a frame that is already gone.
 */
export function checkSender(event: IpcMainInvokeEvent, kiosk: WebContents | undefined): void {
  const frame = event.senderFrame
  if (!kiosk || kiosk.isDestroyed() || event.sender.id !== kiosk.id) {
    throw new IpcRefusal('the sender is not the kiosk window')
  }
  const main = kiosk.mainFrame
  const isMainFrame =
    frame !== null &&
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId
  if (!isMainFrame) {
    throw new IpcRefusal('the sender is not the kiosk window’s main frame')
  }
  if (!isAppUrl(frame.url)) throw new IpcRefusal('the sender frame is not on app://kiosk')
}

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
  const entries: Handler[] = Object.values(handlers)
  for (const { spec, call } of entries) {
    ipcMain.handle(spec.channel, async (event, ...args: unknown[]) => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = spec.args.safeParse(args)
        if (!parsed.success) {
          throw new IpcRefusal(`invalid arguments: ${describeIssues(parsed.error.issues)}`)
        }
        return await call(services)
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        options.log(`IPC ${spec.channel} refused: ${reason}`)
        throw new Error(`${spec.channel}: ${reason}`, { cause: err })
      }
    })
  }
  const stopAdmin = registerAdminIpc(ipcMain, services, options)
  const stopStats = registerStatsIpc(ipcMain, services, options)
  const stopUpdates = registerUpdateIpc(ipcMain, services, options)
  const stopNotices = services.onNotice((notice) => {
    const contents = options.kioskContents()
    if (contents && !contents.isDestroyed()) contents.send(noticeChannel.channel, notice)
  })
  return () => {
    stopAdmin()
    stopStats()
    stopUpdates()
    stopNotices()
    for (const { spec } of entries) ipcMain.removeHandler(spec.channel)
  }
}
