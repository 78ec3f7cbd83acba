import type {
  PrinterKind,
  PrinterSettings,
  PrinterSettingsOf,
} from '../../../common/print/printerSettings'
import { createCupsTransport, type CupsOptions } from './cupsTransport'
import { createDeviceTransport, type DeviceCheck } from './deviceTransport'
import { createOsTransport, type OsPrint } from './osTransport'
import type { PrinterTransport } from './printerTransport'
import { createTcpTransport } from './tcpTransport'

export type { OsPrint } from './osTransport'

/** What the host gives the transports besides the settings; tests replace parts of it. */
export interface TransportDeps {
  /** The OS printer (Electron only); absent = kind `os` is reported offline. */
  osPrint?: OsPrint
  /** Whether a device path is a printer device (default: the path rule and a character device). */
  deviceCheck?: DeviceCheck
  /** Where `lp`/`lpstat`/`cancel` run and talk to (tests point CUPS_SERVER at their own cupsd). */
  cups?: Omit<CupsOptions, 'queue'>
}

/**
 * The transport of each printer kind (the kinds and their fields: PRINTER_KINDS in
 * common/print/printerSettings.ts). Typed per kind, so a new kind without an entry here does not
 * compile; adding a transport is its own file plus one line here.
 */
const TRANSPORTS: {
  [K in PrinterKind]: (
    printer: PrinterSettingsOf<K>,
    deps: TransportDeps,
  ) => PrinterTransport | undefined
} = {
  none: () => undefined,
  device: (p, deps) => createDeviceTransport(p.devicePath, deps.deviceCheck),
  cups: (p, deps) => createCupsTransport({ ...deps.cups, queue: p.queue }),
  tcp: (p) => createTcpTransport(p.host, p.port),
  os: (p, deps) => createOsTransport(p.osPrinterName, deps.osPrint),
}

/** The transport for the configured printer (none for kind `none`). */
export function transportFor(
  printer: PrinterSettings,
  deps: TransportDeps = {},
): PrinterTransport | undefined {
  const make = TRANSPORTS[printer.kind] as (
    p: PrinterSettings,
    d: TransportDeps,
  ) => PrinterTransport | undefined
  return make(printer, deps)
}
