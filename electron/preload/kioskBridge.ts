import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron'
import { kioskContract } from '../../common/api/contract'
import type { KioskBridge } from '../../common/api/bridge'
import { noticeChannel, type HostNotice } from '../../common/api/kioskApi'
import { channelOf, methodsOf, trimArgs } from '../../common/api/method'
import { invokeChecked } from './invokeChecked'

type Invoker = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/**
 * `window.kiosk`, built from the contract table: one named function per method over its own fixed
 * channel — never a generic `invoke(channel)` — and every reply envelope checked against the
 * contract before the page sees it (the renderer opens it with `kioskApiOverBridge`). Malformed
 * notices are dropped, not delivered.
 */
export function createKioskBridge(ipc: Invoker): KioskBridge {
  const areas: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const { area, name, spec } of methodsOf(kioskContract)) {
    const fixed = { channel: channelOf(area, name), result: spec.result }
    areas[area] = {
      ...areas[area],
      [name]: (...args: unknown[]) => invokeChecked(ipc, fixed, ...trimArgs(args)),
    }
  }
  const events: KioskBridge['events'] = {
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
  }
  // The table's types say each function matches its entry; the loop above cannot show it.
  return { ...areas, events } as unknown as KioskBridge
}

/** Puts the bridge on `window.kiosk` in the page's isolated world. */
export function exposeKioskBridge(
  contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>,
  ipc: Invoker,
) {
  contextBridge.exposeInMainWorld('kiosk', createKioskBridge(ipc))
}
