import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron'
import { z } from 'zod'
import { invokeChannels, noticeChannel } from '../../common/api/channels'
import type { HostNotice, KioskApi } from '../../common/api/kioskApi'
import { createAdminBridge } from './adminBridge'
import { createStatsBridge } from './statsBridge'
import { createUpdateBridge } from './updateBridge'

type Invoker = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

async function call<S extends z.ZodType>(
  ipc: Invoker,
  spec: { channel: string; result: S },
): Promise<z.infer<S>> {
  const reply: unknown = await ipc.invoke(spec.channel)
  const parsed = spec.result.safeParse(reply)
  if (!parsed.success) {
    throw new Error(
      `${spec.channel} returned an unexpected reply: ${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data
}

/**
 * The KioskApi as the preload exposes it: named functions over fixed channels, never a generic
 * `invoke(channel)`, and every reply checked against the contract before the page sees it.
 * Malformed notices are dropped, not delivered.
 */
export function createKioskBridge(ipc: Invoker): KioskApi {
  return {
    content: { get: () => call(ipc, invokeChannels.contentGet) },
    settings: { get: () => call(ipc, invokeChannels.settingsGet) },
    app: { info: () => call(ipc, invokeChannels.appInfo) },
    admin: createAdminBridge(ipc),
    stats: createStatsBridge(ipc),
    updates: createUpdateBridge(ipc),
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
