import { z } from 'zod'
import { idSchema } from '../content/primitives'
import { targetSchema, targetsMatch, type TargetIdentity } from '../fleet/targets'
import { pinHashSchema, type PinHash } from './pinRecord'
import { PIN_MAX_DIGITS } from './schemas'

/**
 * A kiosk-config package: settings for one kiosk, a list of kiosks or all of them, signed with
 * the same minisign scheme as content updates, on a stick as `KIOSK-CONFIG/config.json` plus
 * `config.json.minisig`. `kiosk-content pack-config` writes it; the admin screen applies it.
 */
export const CONFIG_FORMAT = 'kiosk-config'
export const CONFIG_FOLDER = 'KIOSK-CONFIG'
export const CONFIG_NAME = 'config.json'
export const CONFIG_SIGNATURE_NAME = 'config.json.minisig'
/** Settings are small; anything bigger is not a config package. */
export const CONFIG_MAX_BYTES = 64 * 1024
export const CONFIG_SIGNATURE_MAX_BYTES = 4 * 1024

/**
 * The least scrypt cost a provisioning package's PIN hash may have (N = 2^17, r = 8: 128 MiB and
 * about 0.36 s of CPU per guess). A package on a stick can be copied and guessed offline, so its
 * hash costs 8 times what the kiosk's own record did; older, cheaper packages are refused.
 */
export const PACKAGE_MIN_SCRYPT_N = 131_072
/** A package PIN is longer than a pad PIN: 10^10 guesses at the cost above is ~100 CPU-years. */
export const PACKAGE_PIN_MIN_DIGITS = 10

/** A PIN for a provisioning package: digits only (the kiosk's pad), 10 to 12 of them. */
export const packagePinSchema = z
  .string()
  .regex(/^\d+$/, 'a PIN is digits only')
  .min(
    PACKAGE_PIN_MIN_DIGITS,
    `a PIN in a provisioning package has at least ${PACKAGE_PIN_MIN_DIGITS} digits`,
  )
  .max(PIN_MAX_DIGITS, `a PIN has at most ${PIN_MAX_DIGITS} digits`)

const packagePinHashSchema = pinHashSchema.refine((h) => h.params.N >= PACKAGE_MIN_SCRYPT_N, {
  message: `the PIN hash is too cheap to resist offline guessing (scrypt N below ${PACKAGE_MIN_SCRYPT_N}); make the package again with kiosk-content pack-config`,
  path: ['params', 'N'],
})

export const configTargetsSchema = z.union([
  z.literal('all'),
  z.array(targetSchema).min(1).max(10_000),
])
export type ConfigTargets = z.infer<typeof configTargetsSchema>

export const configManifestSchema = z
  .object({
    format: z.literal(CONFIG_FORMAT),
    /**
     * Signed with the rest; a kiosk applies a package only above the highest version it applied
     * (replay protection, issue 23). Optional in the shape so that a package made before versions
     * is refused with its own reason, not as a broken file.
     */
    version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    createdAt: z.iso.datetime({ offset: true }),
    /** `"all"`, or the kiosk ids (settings `kioskId`) and `group:<name>` entries this package is for. */
    targets: configTargetsSchema,
    /** A JSON Merge Patch over the kiosk's settings (RFC 7396: `null` removes a field). */
    settings: z.record(z.string(), z.unknown()),
    note: z.string().max(500).optional(),
    /** A new admin PIN as a scrypt hash (provisioning a fresh kiosk, or a fleet-wide change). */
    adminPin: packagePinHashSchema.optional(),
    /** Per-kiosk PINs by kiosk id (one fleet package, a different PIN per kiosk); wins over `adminPin`. */
    adminPins: z.record(idSchema, packagePinHashSchema).optional(),
  })
  .strict()
export type ConfigManifest = z.infer<typeof configManifestSchema>

/** One setting a package changes, as the staff screen lists it before the PIN is asked. */
export const settingChangeSchema = z
  .object({ path: z.string(), from: z.unknown(), to: z.unknown() })
  .strict()
export type SettingChange = z.infer<typeof settingChangeSchema>

/** The PIN hash a package carries for the kiosk `kioskId`: its own entry, else the fleet's one. */
export function pinForKiosk(manifest: ConfigManifest, kioskId: string): PinHash | undefined {
  return manifest.adminPins?.[kioskId] ?? manifest.adminPin
}

/**
 * True when a package with `targets` is meant for this kiosk: `all`, its id, or one of its groups
 * as `group:<name>`. The groups are the kiosk's current ones (a package cannot target a group it
 * is itself putting the kiosk into).
 */
export function targetsKiosk(targets: ConfigTargets, who: TargetIdentity): boolean {
  return targets === 'all' || targetsMatch(targets, who)
}

type Json = unknown
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Every leaf setting that differs between `before` and `after` (nested objects by dotted path,
 * arrays compared whole), in a stable order, so staff see exactly what a package will change.
 */
export function settingChanges(before: Json, after: Json, prefix = ''): SettingChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((key) =>
      settingChanges(before[key], after[key], prefix ? `${prefix}.${key}` : key),
    )
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  return [{ path: prefix, from: before, to: after }]
}
