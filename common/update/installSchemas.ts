import { z } from 'zod'
import { updateStatusSchema } from './updateStatus'

/**
 * What staff reviewed and chose besides the PIN. The manifest hash binds the install to the
 * package on screen (a stick swapped after the review is refused); without it nothing installs.
 */
export const installOptionsSchema = z
  .object({
    includeStats: z.boolean(),
    manifestSha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits'),
  })
  .strict()
export type InstallOptions = z.infer<typeof installOptionsSchema>

export const installResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: updateStatusSchema }).strict(),
  z
    .object({
      ok: z.literal(false),
      reason: z.enum(['pin-required', 'pin-refused', 'nothing-to-install', 'package-changed']),
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
