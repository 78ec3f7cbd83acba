import { z } from 'zod'

/** Longest slip in dots (≈ 49 cm at 203 dpi): enough for any item, short of wasting a roll. */
export const MAX_SLIP_HEIGHT = 4000
/** Widest slip in dots (80 mm paper). */
export const MAX_SLIP_WIDTH = 576

/**
 * A slip as the renderer drew it: 1 bit per dot, rows top to bottom, each row `width / 8` bytes,
 * most significant bit = leftmost dot, 1 = black (the order ESC/POS raster commands use).
 * Carried as base64 so both JSON (HTTP) and structured clone (IPC) take it unchanged.
 */
export const slipBitmapSchema = z
  .object({
    width: z
      .number()
      .int()
      .min(8)
      .max(MAX_SLIP_WIDTH)
      .refine((w) => w % 8 === 0, 'the width must be a multiple of 8 dots'),
    height: z.number().int().min(1).max(MAX_SLIP_HEIGHT),
    bits: z
      .string()
      .max(Math.ceil((MAX_SLIP_WIDTH / 8) * MAX_SLIP_HEIGHT * (4 / 3)) + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the bits must be base64'),
  })
  .strict()
  .superRefine((b, ctx) => {
    const expected = (b.width / 8) * b.height
    if (base64Length(b.bits) !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['bits'],
        message: `expected ${expected} bytes for ${b.width}×${b.height} dots, got ${base64Length(b.bits)}`,
      })
    }
  })
export type SlipBitmap = z.infer<typeof slipBitmapSchema>

/** Decoded length of a base64 string, without decoding it. */
export function base64Length(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  return Math.floor((text.length * 3) / 4) - pad
}
