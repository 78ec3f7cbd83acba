import { z } from 'zod'
import { idSchema } from '../content/schema'
import { pinHashSchema } from './pinRecord'

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

export const configTargetsSchema = z.union([z.literal('all'), z.array(idSchema).min(1).max(10_000)])
export type ConfigTargets = z.infer<typeof configTargetsSchema>

export const configManifestSchema = z
  .object({
    format: z.literal(CONFIG_FORMAT),
    createdAt: z.iso.datetime({ offset: true }),
    /** `"all"`, or the kiosk ids (settings `kioskId`) this package is for. */
    targets: configTargetsSchema,
    /** A JSON Merge Patch over the kiosk's settings (RFC 7396: `null` removes a field). */
    settings: z.record(z.string(), z.unknown()),
    note: z.string().max(500).optional(),
    /** A new admin PIN as a scrypt hash (provisioning a fresh kiosk, or a fleet-wide change). */
    adminPin: pinHashSchema.optional(),
  })
  .strict()
export type ConfigManifest = z.infer<typeof configManifestSchema>

/** One setting a package changes, as the staff screen lists it before the PIN is asked. */
export const settingChangeSchema = z
  .object({ path: z.string(), from: z.unknown(), to: z.unknown() })
  .strict()
export type SettingChange = z.infer<typeof settingChangeSchema>

/** True when a package with `targets` is meant for the kiosk `kioskId`. */
export function targetsKiosk(targets: ConfigTargets, kioskId: string): boolean {
  return targets === 'all' || targets.includes(kioskId)
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
