import { z } from 'zod'

/** scrypt cost parameters stored with each hash, so they can be raised later without a reset. */
export const scryptParamsSchema = z
  .object({
    N: z.number().int().min(1024).max(1_048_576),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    keyLength: z.number().int().min(16).max(128),
  })
  .strict()
export type ScryptParams = z.infer<typeof scryptParamsSchema>

/**
 * A PIN as the kiosk stores it, and as a provisioning package carries it: a salted scrypt hash,
 * never the digits themselves.
 */
export const pinHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    params: scryptParamsSchema,
    salt: z.base64(),
    hash: z.base64(),
  })
  .strict()
export type PinHash = z.infer<typeof pinHashSchema>
