import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron'
import { invokeChannels, noticeChannel } from '../../common/api/channels'
import type { HostNotice, KioskApi } from '../../common/api/kioskApi'
import { createAdminBridge } from './adminBridge'
import { createPrintBridge } from './printBridge'
import { createStatsBridge } from './statsBridge'
import { createUpdateBridge } from './updateBridge'
import { invokeChecked } from './invokeChecked'

type Invoker = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/**
 * The KioskApi as the preload exposes it: named functions over fixed channels, never a generic
 * `invoke(channel)`, and every reply checked against the contract before the page sees it.
 * Malformed notices are dropped, not delivered.
 */
export function createKioskBridge(ipc: Invoker): KioskApi {
  return {
    content: { get: () => invokeChecked(ipc, invokeChannels.contentGet) },
    settings: { get: () => invokeChecked(ipc, invokeChannels.settingsGet) },
    app: { info: () => invokeChecked(ipc, invokeChannels.appInfo) },
    admin: createAdminBridge(ipc),
    stats: createStatsBridge(ipc),
    updates: createUpdateBridge(ipc),
    print: createPrintBridge(ipc),
    events: {
      subscribe(listener: (notice: HostNotice) => void) {
        const onNotice = (_event: IpcRendererEvent, payload: unknown) => {
          const notice = noticeChannel.payload.safeParse(payload)
          if (notice.success) listener(notice.data)
        }
        ipc.on(noticeChannel.channel, onNotice)
        return () => {
          ipc.removeListener(noticeChannel.channel, onNotice)
        }
      },
    },
  }
}

/** Puts the bridge on `window.kiosk` in the page's isolated world. */
export function exposeKioskBridge(
  contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>,
  ipc: Invoker,
) {
  contextBridge.exposeInMainWorld('kiosk', createKioskBridge(ipc))
}
