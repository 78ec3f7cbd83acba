import { z } from 'zod'
import { idSchema } from '../content/primitives'
import { printFaultSchema } from '../print/printApi'

/**
 * The heartbeat a kiosk leaves in each send-and-receive watched folder (issue 20):
 * `KIOSK-STATUS/<kiosk id>.json`, written to a temp file and renamed, replaced each time. The
 * office's `kiosk-content fleet` reads every such file with `parseKioskStatus`. A sync peer can
 * write anything into the folder, so the reader treats each file as untrusted input: size
 * capped, strict schema, unknown formats named as such, never a crash.
 *
 * No personal data and no visitor answers: only the kiosk's own identity, versions, counters and
 * machine state. Every string is bounded, every list is capped, so a file stays small.
 */
export const KIOSK_STATUS_FOLDER = 'KIOSK-STATUS'
export const KIOSK_STATUS_FORMAT = 1
/** A real status file is ~2 KiB; anything above this is not one of ours. */
export const KIOSK_STATUS_MAX_BYTES = 16 * 1024

/** `KIOSK-STATUS/<kiosk id>.json`, relative to the watched folder. */
export const kioskStatusPath = (kioskId: string) => `${KIOSK_STATUS_FOLDER}/${kioskId}.json`

/** A kiosk group name (`canary`, `stations`): same alphabet as ids so `group:<name>` stays plain. */
export const groupNameSchema = idSchema

const isoTime = z.iso.datetime({ offset: true })

/** What happened to the last package this kiosk looked at in earnest (an install attempt). */
export const installOutcomeSchema = z.enum(['installed', 'refused', 'failed', 'rolled-back'])
export type InstallOutcome = z.infer<typeof installOutcomeSchema>

export const lastInstallSchema = z
  .object({
    at: isoTime,
    outcome: installOutcomeSchema,
    reason: z.string().max(500),
    /** The version the attempt was about (absent when the manifest could not be read). */
    contentVersion: z.number().int().min(0).optional(),
    /** `automatic` (unattended, issue 20) or `staff` (reviewed and confirmed at the kiosk). */
    policy: z.enum(['staff', 'automatic']).optional(),
  })
  .strict()
export type LastInstall = z.infer<typeof lastInstallSchema>

/**
 * The printer as the office needs it: `ready`, `paper-low` (still prints), a fault, or `none`
 * (no printer configured). Per-visitor limits are not a printer state and report as `ready`.
 */
export const statusPrinterStateSchema = z.enum([
  'ready',
  'paper-low',
  ...printFaultSchema.exclude(['limit-session', 'limit-hour']).options,
])
export type StatusPrinterState = z.infer<typeof statusPrinterStateSchema>

export const kioskStatusSchema = z
  .object({
    format: z.literal(KIOSK_STATUS_FORMAT),
    kioskId: idSchema,
    /** settings.displayName */
    name: z.string().max(80),
    /** The content site the kiosk stands at (null = a custom site or the dataset default). */
    site: z
      .object({
        id: idSchema.nullable(),
        /** The site's Chinese name (or the custom site's), for the office table. */
        name: z.string().max(200).nullable(),
      })
      .strict(),
    groups: z.array(groupNameSchema).max(32),
    appVersion: z.string().max(40),
    content: z
      .object({
        version: z.number().int().min(0),
        /** sha256 of the content file served (hex), null for the bundled factory content. */
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
        /** True when the kiosk serves an older slot because the newest one was unusable. */
        fellBack: z.boolean(),
      })
      .strict(),
    /** The highest content version ever installed here; older packages are refused. */
    highWaterMark: z.number().int().min(0),
    /** Versions that failed the health check here and are never installed again (newest first). */
    rejectedVersions: z.array(z.number().int().min(1)).max(50),
    lastInstall: lastInstallSchema.nullable(),
    /** Items (places, services, hotlines) whose review date has passed. */
    itemsPastReview: z.number().int().min(0),
    printer: z
      .object({
        state: statusPrinterStateSchema,
        /** When the printer entered this state as far as this kiosk knows (null = unknown). */
        since: isoTime.nullable(),
      })
      .strict(),
    /** Warnings and errors logged in the 24 h before `writtenAt`, by log area (capped at 40 areas). */
    errors24h: z
      .object({
        total: z.number().int().min(0),
        byArea: z
          .record(z.string().max(64), z.number().int().min(0))
          .refine((r) => Object.keys(r).length <= 40, 'at most 40 areas'),
      })
      .strict(),
    /** Free bytes on the volume of the data folder (null when the OS would not say). */
    dataFreeBytes: z.number().int().min(0).nullable(),
    uptimeSeconds: z.number().int().min(0),
    /** The kiosk's clock (what it shows visitors and uses for hours), to spot skew. */
    kioskClock: isoTime,
    /** The machine time the file was written. */
    writtenAt: isoTime,
  })
  .strict()
export type KioskStatus = z.infer<typeof kioskStatusSchema>

export type ParsedKioskStatus =
  { ok: true; status: KioskStatus } | { ok: false; reason: string; unknownFormat?: unknown }

/**
 * Reads one status file's text: too big, not JSON, another `format` (named as such, so a newer
 * kiosk's file is "unknown version", not "malformed"), or a field out of range (named by path).
 */
export function parseKioskStatus(text: string): ParsedKioskStatus {
  if (text.length > KIOSK_STATUS_MAX_BYTES)
    return { ok: false, reason: `larger than ${KIOSK_STATUS_MAX_BYTES} bytes` }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return { ok: false, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` }
  }
  const format = (json as { format?: unknown } | null)?.format
  if (typeof json === 'object' && json !== null && format !== KIOSK_STATUS_FORMAT) {
    return {
      ok: false,
      reason: `unknown status format ${JSON.stringify(format ?? null)} (this reader knows ${KIOSK_STATUS_FORMAT})`,
      unknownFormat: format,
    }
  }
  const parsed = kioskStatusSchema.safeParse(json)
  if (parsed.success) return { ok: true, status: parsed.data }
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
  return { ok: false, reason: problems.join('; ') }
}
