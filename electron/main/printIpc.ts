import type { IpcMain } from 'electron'
import { printChannels } from '../../common/print/printApi'
import type { KioskServices } from '../services/kioskServices'
import { createAreaIpc, type IpcOptions } from './ipcGuard'

/**
 * Registers the print channels like the other KioskApi areas: sender frame checked, arguments
 * (the slip bitmap included) parsed with the channel's schema, then the print service, which
 * checks the slip against the paper width and the admin session for test slips.
 */
export function registerPrintIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const { handle, dispose } = createAreaIpc(ipcMain, options, {
    service: () => services.print,
    unavailable: 'this host has no printing',
  })
  const c = printChannels
  handle(c.status, (s, [visit]) => s.status(visit))
  handle(c.printSlip, (s, [request]) => s.printSlip(request))
  handle(c.printTest, (s, [session, slip]) => s.printTest(session, slip))
  return dispose
}
