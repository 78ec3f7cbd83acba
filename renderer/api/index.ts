import { kioskApiOverBridge, type KioskBridge } from '../../common/api/bridge'
import type { KioskApi } from '../../common/api/kioskApi'
import { createHttpKioskApi, readTokenMeta } from './httpClient'

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser host. */
    readonly kiosk?: KioskBridge
  }
}

/**
 * Picks the host transport: the Electron preload's `window.kiosk` when present, else the
 * browser host's HTTP API on the page's own origin. Nothing else in the renderer knows which.
 */
export function selectKioskApi(win: Window & typeof globalThis): KioskApi {
  if (win.kiosk) return kioskApiOverBridge(win.kiosk)
  return createHttpKioskApi({
    fetch: (input, init) => win.fetch(input, init),
    createEventSource: (url) => new win.EventSource(url),
    token: () => readTokenMeta(win.document),
  })
}

/** The renderer's one way to reach the host. */
export const kioskApi: KioskApi = selectKioskApi(window)

export type { AppInfo, ContentSnapshot, HostNotice, KioskApi } from '../../common/api/kioskApi'
