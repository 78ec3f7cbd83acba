import { describeIdentity } from '../../../common/fleet/targets'
import { CappedReadError, readCappedFile } from '../cappedRead'
import { errorCode } from '../durableFs'
import { join } from 'node:path'
import {
  CONFIG_MAX_BYTES,
  CONFIG_NAME,
  CONFIG_SIGNATURE_MAX_BYTES,
  CONFIG_SIGNATURE_NAME,
  configManifestSchema,
  settingChanges,
  targetsKiosk,
  type ConfigManifest,
  type SettingChange,
} from '../../../common/admin/configPackage'
import { settingsSchema, type Settings } from '../../../common/settings/schema'
import { mergePatch } from '../settingsService'
import type { SignatureKeys } from '../updates/signature'
import { verifyMinisign } from '../updates/signature'
import { describeProblems, parseJsonText, problemsFromZod } from '../zodProblems'

export type ConfigRefusalCode =
  | 'missing-file'
  | 'not-a-regular-file'
  | 'too-large'
  | 'unsigned'
  | 'bad-signature-file'
  | 'unknown-key'
  | 'revoked-key'
  | 'bad-signature'
  | 'bad-json'
  | 'bad-manifest'
  | 'no-version'
  | 'not-newer'
  | 'not-for-this-kiosk'
  | 'invalid-settings'

export type ConfigCheck =
  | {
      ok: true
      manifest: ConfigManifest
      signerKeyId: string
      /** The settings the kiosk would have after applying the package. */
      settings: Settings
      changes: SettingChange[]
    }
  | { ok: false; code: ConfigRefusalCode; reason: string }

export interface ConfigContext {
  keys: SignatureKeys
  /** The kiosk's settings now: its id decides the target, and the patch is checked against them. */
  current: Settings
  /** The highest package version this kiosk has applied (configMark.ts); default 0. */
  appliedVersion?: number
}

const refuse = (code: ConfigRefusalCode, reason: string): ConfigCheck => ({
  ok: false,
  code,
  reason,
})

/** Reads a regular file (never through a link) of at most `cap` bytes, or says why not. */
async function readCapped(
  path: string,
  name: string,
  cap: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; check: ConfigCheck }> {
  try {
    const read = await readCappedFile(path, cap, name)
    return { ok: true, bytes: Buffer.from(read.bytes) }
  } catch (err) {
    if (err instanceof CappedReadError) {
      const code = err.kind === 'not-a-file' ? 'not-a-regular-file' : 'too-large'
      return { ok: false, check: refuse(code, err.message) }
    }
    if (errorCode(err) === 'ENOENT') {
      const code = name === CONFIG_SIGNATURE_NAME ? 'unsigned' : 'missing-file'
      return { ok: false, check: refuse(code, `${name} is missing`) }
    }
    // O_NOFOLLOW refuses a link (ELOOP): it is not a regular file either.
    return { ok: false, check: refuse('not-a-regular-file', `${name} is not a regular file`) }
  }
}

/**
 * Checks a kiosk-config package folder in the update packages' order, stopping at the first
 * failure: regular files only and size caps → the signature by a trusted, unrevoked key over the
 * raw bytes (nothing is parsed before) → JSON and the manifest schema (`format: kiosk-config`)
 * → a version above the highest one applied (no replay of an old stick) → the target (this
 * kiosk's id, a list holding it, or all) → the resulting settings validated in full. Never
 * throws for a bad package; the reason says what is wrong, with field paths.
 */
export async function verifyConfigPackage(root: string, ctx: ConfigContext): Promise<ConfigCheck> {
  const config = await readCapped(join(root, CONFIG_NAME), CONFIG_NAME, CONFIG_MAX_BYTES)
  if (!config.ok) return config.check
  const sig = await readCapped(
    join(root, CONFIG_SIGNATURE_NAME),
    CONFIG_SIGNATURE_NAME,
    CONFIG_SIGNATURE_MAX_BYTES,
  )
  if (!sig.ok) return sig.check

  const signature = verifyMinisign(config.bytes, sig.bytes.toString('utf8'), ctx.keys)
  if (!signature.ok) {
    return refuse(signature.code, signature.reason.replace('manifest.json', CONFIG_NAME))
  }

  const json = parseJsonText(config.bytes.toString('utf8'))
  if (!json.ok) return refuse('bad-json', `${CONFIG_NAME}: ${json.reason}`)
  const manifest = configManifestSchema.safeParse(json.value)
  if (!manifest.success) {
    const problems = describeProblems(problemsFromZod(manifest.error))
    return refuse('bad-manifest', `${CONFIG_NAME} is not a kiosk-config package: ${problems}`)
  }
  const { version } = manifest.data
  if (version === undefined) {
    return refuse(
      'no-version',
      'the package has no version (made before versions); make a new one with kiosk-content pack-config',
    )
  }
  const applied = ctx.appliedVersion ?? 0
  if (version <= applied) {
    return refuse(
      'not-newer',
      `config package version ${version} is not newer than ${applied}, the newest this kiosk has applied (an old stick cannot be used again; make a new package)`,
    )
  }
  const { targets, settings: patch } = manifest.data
  const who = { kioskId: ctx.current.kioskId, groups: ctx.current.groups }
  if (!targetsKiosk(targets, who)) {
    const listed = targets === 'all' ? 'all' : targets.join(', ')
    return refuse(
      'not-for-this-kiosk',
      `this package is for kiosk ${listed}; this kiosk is ${describeIdentity(who)}`,
    )
  }
  const next = settingsSchema.safeParse(mergePatch(ctx.current, patch))
  if (!next.success) {
    const problems = describeProblems(problemsFromZod(next.error))
    return refuse('invalid-settings', `the package's settings are refused: ${problems}`)
  }
  return {
    ok: true,
    manifest: manifest.data,
    signerKeyId: signature.signer.keyIdHex,
    settings: next.data,
    changes: settingChanges(ctx.current, next.data),
  }
}
