import type { IpcMain } from 'electron'
import { updatesChannels } from '../../common/update/updatesApi'
import type { KioskServices } from '../services/kioskServices'
import { createAreaIpc, type IpcOptions } from './ipcGuard'

/**
 * Registers the update channels like the other KioskApi channels: sender frame checked,
 * arguments parsed with the channel's schema, then the update service (which checks the staff
 * PIN on install and the admin session on rollback). Returns a function that removes them.
 */
export function registerUpdateIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const { handle, dispose } = createAreaIpc(ipcMain, options, {
    service: () => services.updates,
    unavailable: 'this host installs no update packages',
  })

  const c = updatesChannels
  handle(c.status, (u) => u.status())
  handle(c.checkNow, (u) => u.checkNow())
  handle(c.install, (u, [pin, options]) => u.install(pin, options))
  handle(c.dismiss, (u) => u.dismiss())
  handle(c.rollback, (u, [session]) => u.rollback(session))

  return dispose
}
