import { z } from 'zod'
import { settingsSchema } from '../settings/schema'
import { keyIdHexSchema } from '../update/manifest'
import { updateLogEntrySchema } from '../update/updateStatus'

/** Shortest and longest PIN an administrator may choose; digits only (an on-screen number pad). */
export const PIN_MIN_DIGITS = 6
export const PIN_MAX_DIGITS = 12

export const pinSchema = z
  .string()
  .regex(/^\d+$/, 'a PIN is digits only')
  .min(PIN_MIN_DIGITS, `a PIN has at least ${PIN_MIN_DIGITS} digits`)
  .max(PIN_MAX_DIGITS, `a PIN has at most ${PIN_MAX_DIGITS} digits`)

/** An admin session token as the host issues it (random, URL-safe). */
export const adminSessionSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'not a session token')
export type AdminSession = z.infer<typeof adminSessionSchema>

/** Whether a PIN exists yet and whether wrong PINs have locked the pad, for the entry screen. */
export const adminStatusSchema = z
  .object({
    pinSet: z.boolean(),
    failures: z.number().int().min(0),
    /** Seconds until another PIN may be tried; 0 when not locked. */
    retryAfterSeconds: z.number().int().min(0),
    /**
     * Only while no usable PIN exists: how one can be set. `on-screen` (the installer allowed a
     * first PIN on screen), `package` (a brand-new kiosk takes it from a signed provisioning
     * package), `lost` (a PIN was set but its record is missing or damaged: admin is locked until
     * a signed kiosk-config package provisions a new one).
     */
    firstPin: z.enum(['on-screen', 'package', 'lost']).optional(),
  })
  .strict()
export type AdminStatus = z.infer<typeof adminStatusSchema>

/** How a PIN entry (or setting a first PIN) ended. A refusal never says how close the PIN was. */
export const adminLoginResultSchema = z.discriminatedUnion('ok', [
  z
    .object({
      ok: z.literal(true),
      session: adminSessionSchema,
      /** The session ends after this many seconds without an admin call. */
      idleSeconds: z.number().int().positive(),
    })
    .strict(),
  z
    .object({
      ok: z.literal(false),
      reason: z.enum([
        'wrong-pin',
        'locked',
        'no-pin',
        'pin-already-set',
        'invalid-pin',
        'provision-required',
      ]),
      message: z.string(),
      status: adminStatusSchema,
    })
    .strict(),
])
export type AdminLoginResult = z.infer<typeof adminLoginResultSchema>

export const pinEntrySchema = z.object({ pin: z.string().max(64) }).strict()
export type PinEntry = z.infer<typeof pinEntrySchema>

export const settingsPatchSchema = z.record(z.string(), z.unknown())

/** A field a refused change concerns (`''` = the whole change) and what is wrong with it. */
export const fieldProblemSchema = z.object({ path: z.string(), message: z.string() }).strict()

export const adminSettingsResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), settings: settingsSchema }).strict(),
  z.object({ ok: z.literal(false), problems: z.array(fieldProblemSchema).min(1) }).strict(),
])
export type AdminSettingsResult = z.infer<typeof adminSettingsResultSchema>

/** One durable record of something an administrator did (who is not known: what and when). */
export const auditEntrySchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    action: z.enum([
      'pin-set',
      'pin-changed',
      'login',
      'login-refused',
      'provision-refused',
      'staff-pin-accepted',
      'staff-pin-refused',
      'logout',
      'session-expired',
      'settings-changed',
      'settings-refused',
      'config-applied',
      'config-refused',
      'content-rolled-back',
      'rollback-refused',
      'versions-confirmed',
      'versions-confirm-refused',
      'diagnostics-exported',
      'key-added',
      'key-refused',
      'key-removed',
      'app-restarted',
      'app-quit',
    ]),
    /** e.g. the settings fields changed; never a PIN. */
    detail: z.string().max(500).optional(),
    /** Repeated refusals are kept as one entry: how many, and when the last one came. */
    count: z.number().int().min(2).optional(),
    lastAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
export type AuditEntry = z.infer<typeof auditEntrySchema>

export const expiredItemSchema = z
  .object({
    kind: z.enum(['service', 'notice']),
    id: z.string(),
    validUntil: z.string().optional(),
    reason: z.enum(['expired', 'notYetValid', 'inactive']),
  })
  .strict()

export const diagnosticsSchema = z
  .object({
    appVersion: z.string(),
    host: z.enum(['electron', 'web']),
    content: z
      .object({
        datasetId: z.string(),
        contentVersion: z.number().int(),
        publishedAt: z.iso.datetime({ offset: true }),
        source: z.enum(['factory', 'update', 'preview']),
        signer: z.string().optional(),
        sample: z.boolean(),
      })
      .strict(),
    hiddenItems: z.array(expiredItemSchema),
    /** Most recent first; empty when this host keeps no update log. */
    updateAttempts: z.array(updateLogEntrySchema),
    uptimeSeconds: z.number().int().min(0),
    /** Free space where the kiosk keeps its data; absent when the system cannot say. */
    freeDiskBytes: z.number().int().min(0).optional(),
    /** Most recent first. */
    recentErrors: z
      .array(
        z
          .object({
            at: z.iso.datetime({ offset: true }),
            level: z.enum(['info', 'warn', 'error']),
            area: z.string(),
            message: z.string(),
          })
          .strict(),
      )
      .max(50),
    clock: z
      .object({
        now: z.iso.datetime({ offset: true }),
        overridden: z.boolean(),
        /** Why the clock looks wrong; absent when it looks plausible. */
        warning: z.enum(['before-content', 'implausibly-old']).optional(),
      })
      .strict(),
  })
  .strict()
export type Diagnostics = z.infer<typeof diagnosticsSchema>

/** Body of the admin HTTP routes that need nothing but the session (sent as a header). */
export const emptyBodySchema = z.object({}).strict()

/** A kiosk-config package found on a stick or in a watched folder, as the admin screen lists it. */
export const configFindingSchema = z.discriminatedUnion('ok', [
  z
    .object({
      ok: z.literal(true),
      folder: z.string(),
      signerKeyId: z.string(),
      createdAt: z.iso.datetime({ offset: true }),
      note: z.string().optional(),
      /** The package also sets the admin PIN. */
      setsPin: z.boolean(),
      changes: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() }).strict()),
    })
    .strict(),
  z
    .object({ ok: z.literal(false), folder: z.string(), code: z.string(), reason: z.string() })
    .strict(),
])
export type ConfigFinding = z.infer<typeof configFindingSchema>

/** The answer to an admin action that either worked or says plainly why not. */
export const adminActionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string().optional() }).strict(),
  z.object({ ok: z.literal(false), reason: z.string() }).strict(),
])
export type AdminActionResult = z.infer<typeof adminActionResultSchema>

/** A key this kiosk trusts: shipped in the build (resources/keys) or added later (data dir). */
export const trustedKeyInfoSchema = z
  .object({
    keyId: keyIdHexSchema,
    source: z.enum(['shipped', 'added']),
  })
  .strict()
export type TrustedKeyInfo = z.infer<typeof trustedKeyInfoSchema>

/** What this host lets admin mode do to the app itself (the browser host: nothing). */
export const hostActionsSchema = z.object({ restart: z.boolean(), quit: z.boolean() }).strict()
export type HostActions = z.infer<typeof hostActionsSchema>
