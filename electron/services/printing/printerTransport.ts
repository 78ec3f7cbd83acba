import type { PrintFault } from '../../../common/print/printApi'

/** What a light probe learned about the printer. `paperLow` still prints; staff should refill. */
export type ProbeResult =
  { state: 'ready'; paperLow: boolean } | { state: 'offline' | 'paper-out'; detail: string }

/**
 * One way to reach a printer. `probe` is cheap and never prints; `send` writes a whole slip or
 * rejects with a PrintFailure. Both stop when `signal` aborts (the print's time limit): sockets
 * are destroyed, child processes killed, files closed, so nothing outlives the limit.
 */
export interface PrinterTransport {
  /** For the log and diagnostics: "device /dev/usb/lp0", "tcp 192.168.1.50:9100", … */
  readonly label: string
  /** What `send` takes: ESC/POS bytes (device, CUPS, TCP) or the slip as a PNG (OS driver). */
  readonly takes: 'escpos' | 'png'
  probe(signal: AbortSignal): Promise<ProbeResult>
  send(bytes: Buffer, signal: AbortSignal): Promise<void>
}

/** A print that did not complete, with the fault the visitor's sentence is chosen by. */
export class PrintFailure extends Error {
  constructor(
    readonly fault: Extract<PrintFault, 'offline' | 'paper-out' | 'timeout' | 'failed'>,
    message: string,
  ) {
    super(message)
  }
}

/** DLE EOT 4: "transmit paper roll sensor status" (one byte back on two-way connections). */
export const PAPER_STATUS_REQUEST = Buffer.from([0x10, 0x04, 0x04])

/**
 * Reads the reply to DLE EOT 4. Bits 2–3 set: paper near its end; bits 5–6 set: paper out.
 * Bits 1 and 4 are always 1 and bits 0 and 7 always 0, which tells a status byte from noise;
 * anything else is `undefined` (unknown: the print goes ahead).
 */
export function parsePaperStatus(
  byte: number | undefined,
): { paperOut: boolean; paperLow: boolean } | undefined {
  if (byte === undefined || (byte & 0x93) !== 0x12) return undefined
  return { paperOut: (byte & 0x60) !== 0, paperLow: (byte & 0x0c) !== 0 }
}

/** The probe result for a paper status byte (or none). */
export function probeFromStatus(byte: number | undefined, label: string): ProbeResult {
  const status = parsePaperStatus(byte)
  if (status?.paperOut) return { state: 'paper-out', detail: `${label} reports no paper` }
  return { state: 'ready', paperLow: status?.paperLow ?? false }
}

/** Rejects with a timeout PrintFailure when `signal` aborts; for racing against slow I/O. */
export function whenAborted(signal: AbortSignal, what: string): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new PrintFailure('timeout', `${what} took too long`))
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
}
