import type { PrinterSettings } from '../../../common/print/printerSettings'
import { createCupsTransport } from './cupsTransport'
import { createDeviceTransport } from './deviceTransport'
import { PrintFailure, type PrinterTransport } from './printerTransport'
import { createTcpTransport } from './tcpTransport'

/**
 * Prints a slip PNG on the operating system's printer (Electron's silent webContents.print).
 * Given by the Electron host; the browser host has none.
 */
export type OsPrint = {
  probe(printerName: string | undefined): Promise<{ ok: true } | { ok: false; detail: string }>
  print(png: Buffer, printerName: string | undefined, signal: AbortSignal): Promise<void>
}

function osTransport(name: string | undefined, osPrint: OsPrint | undefined): PrinterTransport {
  const label = `OS printer ${name ?? '(default)'}`
  return {
    label,
    async probe() {
      if (!osPrint) return { state: 'offline', detail: 'the OS printer needs the Electron host' }
      const result = await osPrint.probe(name)
      return result.ok
        ? { state: 'ready', paperLow: false }
        : { state: 'offline', detail: result.detail }
    },
    async send(png, signal) {
      if (!osPrint) throw new PrintFailure('offline', 'the OS printer needs the Electron host')
      await osPrint.print(png, name, signal)
    },
  }
}

/**
 * The transport for the configured printer. Device, CUPS and TCP transports take ESC/POS bytes;
 * the OS printer takes the slip as a PNG (its driver does the rest).
 */
export function transportFor(
  printer: PrinterSettings,
  osPrint?: OsPrint,
): PrinterTransport | undefined {
  switch (printer.kind) {
    case 'none':
      return undefined
    case 'device':
      return createDeviceTransport(printer.devicePath ?? '')
    case 'cups':
      return createCupsTransport({ queue: printer.queue ?? '' })
    case 'tcp':
      return createTcpTransport(printer.host ?? '', printer.port)
    case 'os':
      return osTransport(printer.osPrinterName, osPrint)
  }
}
