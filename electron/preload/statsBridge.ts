import { statsChannels, type StatsApi } from '../../common/stats/statsApi'
import { invokeChecked, type Invoker } from './invokeChecked'

/**
 * The stats area of window.kiosk: one named function per stats channel, replies checked against
 * the contract. The main process checks the sender, the events and the admin session.
 */
export function createStatsBridge(ipc: Invoker): StatsApi {
  const c = statsChannels
  return {
    record: async (events) => {
      await invokeChecked(ipc, c.record, { events })
    },
    overview: (session) => invokeChecked(ipc, c.overview, session),
    exportToSticks: (session) => invokeChecked(ipc, c.exportToSticks, session),
  }
}
