import { z } from 'zod'
import { updateStatusSchema, type UpdateStatus } from './updateStatus'

/**
 * The staff-facing update part of the KioskApi (`updates` area). A package found on a stick is
 * announced with an `update-status` notice; staff read `status()` (signer, version, date, diff),
 * confirm with `install(pin)` (the PIN is checked when settings.updates.requirePin is on) and
 * see the result. `rollback` is an administrator action and needs the admin session.
 */
export interface UpdatesApi {
  status(): Promise<UpdateStatus>
  /** Looks at drives and watched folders now instead of waiting for the next poll. */
  checkNow(): Promise<UpdateStatus>
  /**
   * `options.manifestSha256`: the package staff reviewed (`preview.manifestSha256`); any other
   * package waiting, or none named, is refused. `options.includeStats`: staff chose to add
   * anonymous usage counters to the stick receipt.
   */
  install(pin: string | null, options?: InstallOptions): Promise<InstallResponse>
  /** Staff close the update screen; the package is forgotten until it is replaced or re-inserted. */
  dismiss(): Promise<UpdateStatus>
  rollback(session: string): Promise<RollbackResponse>
}

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

export const rollbackResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }).strict(),
  z.object({ ok: z.literal(false), message: z.string() }).strict(),
])
export type RollbackResponse = z.infer<typeof rollbackResponseSchema>

/** Host → renderer notice when the update state changes (add to `hostNoticeSchema`). */
export const updateStatusNoticeSchema = z
  .object({ kind: z.literal('update-status'), status: updateStatusSchema })
  .strict()

const pinArg = z.string().max(64).nullable()
const sessionArg = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/)

/** IPC channels of the updates area: arguments checked in the main process, replies in the preload. */
export const updatesChannels = {
  status: { channel: 'kiosk:updates:status', args: z.tuple([]), result: updateStatusSchema },
  checkNow: { channel: 'kiosk:updates:check', args: z.tuple([]), result: updateStatusSchema },
  install: {
    channel: 'kiosk:updates:install',
    args: z.tuple([pinArg, installOptionsSchema.optional()]),
    result: installResponseSchema,
  },
  dismiss: { channel: 'kiosk:updates:dismiss', args: z.tuple([]), result: updateStatusSchema },
  rollback: {
    channel: 'kiosk:updates:rollback',
    args: z.tuple([sessionArg]),
    result: rollbackResponseSchema,
  },
} as const
export type UpdatesChannelKey = keyof typeof updatesChannels

const emptyBody = z.object({}).strict()

/** The browser host's update routes: all POST with the launch token; rollback also needs the admin session. */
export const updatesHttpRoutes = {
  status: { path: '/api/updates/status', body: emptyBody, session: false },
  checkNow: { path: '/api/updates/check', body: emptyBody, session: false },
  install: {
    path: '/api/updates/install',
    body: z.object({ pin: pinArg, options: installOptionsSchema.optional() }).strict(),
    session: false,
  },
  dismiss: { path: '/api/updates/dismiss', body: emptyBody, session: false },
  rollback: { path: '/api/updates/rollback', body: emptyBody, session: true },
} as const satisfies Record<UpdatesChannelKey, { path: string; body: z.ZodType; session: boolean }>
