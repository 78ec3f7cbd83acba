import { PrintFailure, type PrinterTransport } from './printerTransport'

/**
 * Prints a slip PNG on the operating system's printer (Electron's silent webContents.print).
 * Given by the Electron host; the browser host has none.
 */
export type OsPrint = {
  probe(printerName: string | undefined): Promise<{ ok: true } | { ok: false; detail: string }>
  print(png: Buffer, printerName: string | undefined, signal: AbortSignal): Promise<void>
}

/** The OS printer by name (absent = the default), through the Electron host's OsPrint. */
export function createOsTransport(
  name: string | undefined,
  osPrint: OsPrint | undefined,
): PrinterTransport {
  const label = `OS printer ${name ?? '(default)'}`
  return {
    label,
    takes: 'png',
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
