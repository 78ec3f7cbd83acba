import { z } from 'zod'
import { updateStatusSchema } from './updateStatus'

/** What staff chose besides the PIN; absent means every choice off. */
export const installOptionsSchema = z.object({ includeStats: z.boolean() }).strict()
export type InstallOptions = z.infer<typeof installOptionsSchema>

export const installResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: updateStatusSchema }).strict(),
  z
    .object({
      ok: z.literal(false),
      reason: z.enum(['pin-required', 'pin-refused', 'nothing-to-install']),
      message: z.string(),
      status: updateStatusSchema,
    })
    .strict(),
])
export type InstallResponse = z.infer<typeof installResponseSchema>

/** Host → renderer notice when the update state changes (part of `hostNoticeSchema`). */
export const updateStatusNoticeSchema = z
  .object({ kind: z.literal('update-status'), status: updateStatusSchema })
  .strict()
