import { z } from 'zod'
import { adminSessionSchema } from '../admin/schemas'
import { paperWidthSchema, printerKindSchema } from './printerSettings'
import { slipBitmapSchema, type SlipBitmap } from './slipBitmap'

/**
 * A visitor session's random id, made by the renderer at each session start, so the host can
 * hold one visitor to the per-session limit without knowing anything about them.
 */
export const visitIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a visit id')

/** What a slip is about (for the anonymous counters only; no item id is kept). */
export const slipKindSchema = z.enum(['place', 'service', 'hotline'])
export type SlipKind = z.infer<typeof slipKindSchema>

/**
 * Why a slip cannot be printed now. `paper-out` / `offline` / `failed` / `timeout` are printer
 * faults (the visitor sees one plain sentence and keeps the QR); the `limit-*` reasons protect
 * the paper; `none` means no printer is configured.
 */
export const printFaultSchema = z.enum([
  'none',
  'offline',
  'paper-out',
  'timeout',
  'failed',
  'busy',
  'limit-session',
  'limit-hour',
])
export type PrintFault = z.infer<typeof printFaultSchema>

/** The printer as the Print button and the diagnostics line see it. */
export const printerStatusSchema = z
  .object({
    kind: printerKindSchema,
    /** True when a slip can be printed right now for this visitor. */
    ready: z.boolean(),
    /** Why not, when not ready (a printer fault or a limit). */
    fault: printFaultSchema.optional(),
    /** The printer reported paper near its end (still prints; staff should refill). */
    paperLow: z.boolean(),
    paperWidth: paperWidthSchema,
    /** Width the renderer must draw the slip at, in dots. */
    dots: z.number().int(),
    sessionLeft: z.number().int().min(0),
    hourLeft: z.number().int().min(0),
    /** When the host last talked to the printer (ISO time), for diagnostics. */
    checkedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
export type PrinterStatus = z.infer<typeof printerStatusSchema>

export const printSlipRequestSchema = z
  .object({ visit: visitIdSchema, kind: slipKindSchema, slip: slipBitmapSchema })
  .strict()
export type PrintSlipRequest = z.infer<typeof printSlipRequestSchema>

export const printResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: printerStatusSchema }).strict(),
  z.object({ ok: z.literal(false), fault: printFaultSchema, status: printerStatusSchema }).strict(),
])
export type PrintResult = z.infer<typeof printResultSchema>

/**
 * The printing part of the KioskApi: the visitor asks whether a slip can be printed and prints
 * one; an administrator prints a test slip (no limits, but the same printer path and time limit).
 */
export interface PrintApi {
  status(visit: string): Promise<PrinterStatus>
  printSlip(request: PrintSlipRequest): Promise<PrintResult>
  printTest(session: string, slip: SlipBitmap): Promise<PrintResult>
}

/** IPC channels of the print area: arguments checked in the main process, replies in the preload. */
export const printChannels = {
  status: {
    channel: 'kiosk:print:status',
    args: z.tuple([visitIdSchema]),
    result: printerStatusSchema,
  },
  printSlip: {
    channel: 'kiosk:print:slip',
    args: z.tuple([printSlipRequestSchema]),
    result: printResultSchema,
  },
  printTest: {
    channel: 'kiosk:print:test',
    args: z.tuple([adminSessionSchema, slipBitmapSchema]),
    result: printResultSchema,
  },
} as const
export type PrintChannelKey = keyof typeof printChannels

/** Browser-host routes: status is a GET (`?visit=`); printing is a POST with the launch token. */
export const printHttpRoutes = {
  status: '/api/print/status',
  printSlip: '/api/print/slip',
  printTest: '/api/print/test',
} as const satisfies Record<PrintChannelKey, string>

/** Body of the admin test route (the session travels in the admin header). */
export const printTestBodySchema = z.object({ slip: slipBitmapSchema }).strict()

/** Largest print body: a full-length 80 mm slip in base64 plus JSON around it. */
export const MAX_PRINT_BODY_BYTES = 512 * 1024
