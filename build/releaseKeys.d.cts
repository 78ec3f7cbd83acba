import type afterPack from './afterPack.cjs'

/** Environment variable naming the office's `.pub` file(s), separated like PATH entries. */
export const RELEASE_KEYS_ENV: 'KIOSK_RELEASE_KEYS'
/** Whether `text` is a minisign public key file. */
export function isMinisignPublicKey(text: string): boolean
/** The packed app's `resources/keys` folder for the context's platform. */
export function packedKeysDir(context: afterPack.FuseHookContext): string
/**
 * Copies the keys KIOSK_RELEASE_KEYS names into the packed app; throws when a named file is not a
 * public key or when no key would ship. Returns the `.pub` files that ship.
 */
export function shipReleaseKeys(
  context: afterPack.FuseHookContext,
  env?: Record<string, string | undefined>,
): string[]
