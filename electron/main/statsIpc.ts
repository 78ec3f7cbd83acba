import type { IpcMain } from 'electron'
import { statsChannels } from '../../common/stats/statsApi'
import type { KioskServices } from '../services/kioskServices'
import { createAreaIpc, type IpcOptions } from './ipcGuard'

/**
 * Registers the stats channels like the other KioskApi channels: sender frame checked, arguments
 * parsed with the channel's schema, then the stats service (which checks the admin session for
 * reads and exports). Returns a function that removes them.
 */
export function registerStatsIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const { handle, dispose } = createAreaIpc(ipcMain, options, {
    service: () => services.stats,
    unavailable: 'this host keeps no statistics',
  })

  const c = statsChannels
  handle(c.record, async (s, [batch]) => {
    s.record(batch)
    return null
  })
  handle(c.overview, (s, [session]) => s.overview(session))
  handle(c.exportToSticks, (s, [session]) => s.exportToSticks(session))

  return dispose
}
