import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { KioskApiError } from '../../common/api/errors'
import { isAppUrl } from './origin'

export interface IpcOptions {
  /** The kiosk window's contents; IPC from any other sender is refused. */
  kioskContents: () => WebContents | undefined
  log: (line: string) => void
}

/** Why the main process refused an IPC call before any service ran. */
export class IpcRefusal extends KioskApiError {
  constructor(message: string, code: 'forbidden' | 'bad-request' = 'forbidden') {
    super(code, message)
    this.name = 'IpcRefusal'
  }
}

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
