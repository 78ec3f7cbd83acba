import { z } from 'zod'
import { paperWidthSchema, printerKindSchema } from './printerSettings'
import { slipBitmapSchema } from './slipBitmap'

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

/** Largest print body: a full-length 80 mm slip in base64 plus JSON around it. */
export const MAX_PRINT_BODY_BYTES = 512 * 1024
