import type { AreaService } from '../../../common/api/contract'
import type {
  PrintFault,
  PrintResult,
  PrinterStatus,
  PrintSlipRequest,
} from '../../../common/print/printApi'
import { createPaperLimits } from '../../../common/print/paperLimits'
import {
  DOTS_FOR_PAPER,
  printerKey,
  type PrinterSettings,
} from '../../../common/print/printerSettings'
import type { SlipBitmap } from '../../../common/print/slipBitmap'
import type { Logger } from '../logger/logger'
import { RequestRefused } from '../requestRefused'
import { escposForSlip } from './escposSlip'
import { slipToPng } from './slipPng'
import { PrintFailure, type PrinterTransport, type ProbeResult } from './printerTransport'
import { transportFor, type OsPrint } from './transports'

/** A slip whose shape does not fit this printer: a caller bug, refused like bad input. */
export class SlipRefused extends RequestRefused {}

export interface PrintServiceDeps {
  printer(): Promise<PrinterSettings>
  now(): Date
  log: Logger
  /** Anonymous counters: a slip printed, or a print that failed. */
  count(outcome: 'printed' | 'failed'): void
  requireAdmin(session: string): Promise<void>
  /** The OS printer (Electron only); absent = kind `os` is reported offline. */
  osPrint?: OsPrint
  /** Time limit of sending one slip (default 15 s); the probe before it has its own. */
  printTimeoutMs?: number
  /** Time limit of a status probe (default 2.5 s). */
  probeTimeoutMs?: number
  /** Tests replace the transports; default: transportFor with `osPrint`. */
  transport?: (printer: PrinterSettings) => PrinterTransport | undefined
}

/** The `print` area of the contract table, as the hosts call it after parsing. */
export type PrintService = AreaService<'print'>

/**
 * Prints slips and says whether it can. Every print runs under a time limit, one at a time;
 * the printer's paper status is read first where the connection is two-way; a fault is logged
 * once when it starts (and once when the printer is back), counted, and never thrown at the
 * visitor: the result names the fault so the screen can say one plain sentence and keep the QR.
 * Nothing is remembered across faults but the last probe, so printing recovers by itself.
 */
export function createPrintService(deps: PrintServiceDeps): PrintService {
  const limits = createPaperLimits()
  const makeTransport =
    deps.transport ??
    ((p: PrinterSettings) => transportFor(p, deps.osPrint ? { osPrint: deps.osPrint } : {}))
  let last: { at: number; probe: ProbeResult; key: string } | undefined
  let busy = false
  let faulty = false

  // Only visitors' slips are usage; an admin's test slips are not counted.
  const countIf = (visit: string | undefined, outcome: 'printed' | 'failed') => {
    if (visit !== undefined) deps.count(outcome)
  }

  function note(probe: ProbeResult, label: string) {
    if (probe.state !== 'ready' && !faulty) {
      faulty = true
      deps.log({ level: 'error', area: 'printing', message: `printer fault: ${probe.detail}` })
    } else if (probe.state === 'ready' && faulty) {
      faulty = false
      deps.log({ level: 'warn', area: 'printing', message: `${label} is printing again` })
    }
  }

  /**
   * Asks the printer on every status request (a probe is one stat or one short connection), so
   * a printer that came back shows as ready at once. While a slip is printing, the last answer
   * stands: a single-connection TCP printer must not be asked in the middle of a print.
   */
  async function probe(printer: PrinterSettings, transport: PrinterTransport, printing: boolean) {
    const key = printerKey(printer)
    if (busy && !printing && last && last.key === key) return last.probe
    const signal = AbortSignal.timeout(deps.probeTimeoutMs ?? 2500)
    const result: ProbeResult = await transport.probe(signal).catch((err: unknown) => ({
      state: 'offline' as const,
      detail: `${transport.label}: ${err instanceof Error ? err.message : String(err)}`,
    }))
    last = { at: deps.now().getTime(), probe: result, key }
    note(result, transport.label)
    return result
  }

  function statusOf(
    printer: PrinterSettings,
    visit: string | undefined,
    p?: ProbeResult,
  ): PrinterStatus {
    const left = limits.left(visit ?? '', printer, deps.now().getTime())
    const printerFault: PrintFault | undefined =
      printer.kind === 'none' ? 'none' : !p ? 'offline' : p.state === 'ready' ? undefined : p.state
    // An admin's test slip (no visit) is held to no limit; a visitor's to both.
    const limitFault: PrintFault | undefined =
      visit === undefined
        ? undefined
        : left.sessionLeft === 0
          ? 'limit-session'
          : left.hourLeft === 0
            ? 'limit-hour'
            : undefined
    const fault = printerFault ?? limitFault
    return {
      kind: printer.kind,
      ready: fault === undefined,
      ...(fault ? { fault } : {}),
      paperLow: p?.state === 'ready' ? p.paperLow : false,
      paperWidth: printer.paperWidth,
      dots: DOTS_FOR_PAPER[printer.paperWidth],
      ...left,
      ...(last ? { checkedAt: new Date(last.at).toISOString() } : {}),
    }
  }

  async function current(visit: string | undefined, printing = false) {
    const printer = await deps.printer()
    const transport = printer.kind === 'none' ? undefined : makeTransport(printer)
    const p = transport ? await probe(printer, transport, printing) : undefined
    return { printer, transport, status: statusOf(printer, visit, p) }
  }

  async function print(slip: SlipBitmap, visit: string | undefined): Promise<PrintResult> {
    if (busy) {
      const printer = await deps.printer()
      return { ok: false, fault: 'busy', status: statusOf(printer, visit, last?.probe) }
    }
    busy = true
    try {
      return await printNow(slip, visit)
    } finally {
      busy = false
    }
  }

  async function printNow(slip: SlipBitmap, visit: string | undefined): Promise<PrintResult> {
    const { printer, transport, status } = await current(visit, true)
    if (transport?.takes !== 'png' && slip.width !== status.dots) {
      throw new SlipRefused(
        `the slip is ${slip.width} dots wide; this ${printer.paperWidth} mm printer takes ${status.dots}`,
      )
    }
    if (!status.ready || !transport) {
      if (status.fault === 'offline' || status.fault === 'paper-out') countIf(visit, 'failed')
      return { ok: false, fault: status.fault ?? 'none', status }
    }
    try {
      const bytes = transport.takes === 'png' ? slipToPng(slip) : escposForSlip(slip)
      // The time limit is the printer's: it starts once the bytes are made (a full-length slip
      // takes ~2 s of CPU to convert, which must not eat into the printer's time).
      await transport.send(bytes, AbortSignal.timeout(deps.printTimeoutMs ?? 15_000))
    } catch (err) {
      const failure =
        err instanceof PrintFailure
          ? err
          : new PrintFailure('failed', `${transport.label}: ${String(err)}`)
      const probe: ProbeResult = { state: 'offline', detail: failure.message }
      // The next status request asks the printer again, so a printer that is back (paper
      // loaded, cable plugged in) shows as ready without anyone restarting anything.
      last = { at: deps.now().getTime(), probe, key: printerKey(printer) }
      note(probe, transport.label)
      countIf(visit, 'failed')
      return {
        ok: false,
        fault: failure.fault,
        status: { ...statusOf(printer, visit, probe), fault: failure.fault },
      }
    }
    limits.count(visit, deps.now().getTime())
    countIf(visit, 'printed')
    return { ok: true, status: statusOf(printer, visit, last?.probe) }
  }

  return {
    async status(visit) {
      return (await current(visit)).status
    },
    async printSlip(request: PrintSlipRequest) {
      return print(request.slip, request.visit)
    },
    async printTest(session, slip) {
      await deps.requireAdmin(session)
      return print(slip, undefined)
    },
  }
}
