import { z } from 'zod'
import { idSchema } from '../content/primitives'

/**
 * One entry of a package's `targets` (content updates and kiosk-config packages, issue 20): a
 * kiosk id (`cc-rail-1`) or a group (`group:canary`). Groups let the office roll a package out
 * in waves (canaries first, then everyone) without listing every kiosk id.
 */
export const GROUP_PREFIX = 'group:'

export const targetSchema = z
  .string()
  .regex(
    /^(group:)?[a-z0-9][a-z0-9-]{0,63}$/,
    'a target is a kiosk id or group:<name> (1–64 lower-case letters, digits or hyphens)',
  )
export type Target = z.infer<typeof targetSchema>

/** The identity a kiosk is matched by: its id and the groups its settings give it. */
export interface TargetIdentity {
  kioskId: string
  groups?: readonly string[]
}

/** The target naming a group, e.g. `groupTarget('canary')` → `group:canary`. */
export const groupTarget = (group: string): Target => `${GROUP_PREFIX}${idSchema.parse(group)}`

/** True when the kiosk's id, or any of its groups as `group:<name>`, is listed in `targets`. */
export function targetsMatch(targets: readonly string[], who: TargetIdentity): boolean {
  return targets.some((t) =>
    t.startsWith(GROUP_PREFIX)
      ? (who.groups ?? []).includes(t.slice(GROUP_PREFIX.length))
      : t === who.kioskId,
  )
}

/**
 * "cc-rail-1 (groups canary, stations)": how a refusal names this kiosk. Without known groups
 * (an office tool given only `--kiosk-id`) just the id.
 */
export function describeIdentity(who: TargetIdentity): string {
  if (who.groups === undefined) return who.kioskId
  return who.groups.length === 0
    ? `${who.kioskId} (in no group)`
    : `${who.kioskId} (groups ${who.groups.join(', ')})`
}
