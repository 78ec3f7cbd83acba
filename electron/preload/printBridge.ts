import { printChannels, type PrintApi } from '../../common/print/printApi'
import { invokeChecked, type Invoker } from './invokeChecked'

/**
 * The print area of window.kiosk: one named function per print channel, replies checked against
 * the contract. The main process checks the sender, the slip and the admin session.
 */
export function createPrintBridge(ipc: Invoker): PrintApi {
  const c = printChannels
  return {
    status: (visit) => invokeChecked(ipc, c.status, visit),
    printSlip: (request) => invokeChecked(ipc, c.printSlip, request),
    printTest: (session, slip) => invokeChecked(ipc, c.printTest, session, slip),
  }
}
