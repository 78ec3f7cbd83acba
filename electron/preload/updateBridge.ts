import { updatesChannels, type UpdatesApi } from '../../common/update/updatesApi'
import { invokeChecked, type Invoker } from './invokeChecked'

/**
 * The updates area of window.kiosk: one named function per update channel, replies checked
 * against the contract. The main process checks the sender, the PIN and the admin session.
 */
export function createUpdateBridge(ipc: Invoker): UpdatesApi {
  const c = updatesChannels
  return {
    status: () => invokeChecked(ipc, c.status),
    checkNow: () => invokeChecked(ipc, c.checkNow),
    install: (pin, options) =>
      options === undefined
        ? invokeChecked(ipc, c.install, pin)
        : invokeChecked(ipc, c.install, pin, options),
    dismiss: () => invokeChecked(ipc, c.dismiss),
    rollback: (session) => invokeChecked(ipc, c.rollback, session),
  }
}
