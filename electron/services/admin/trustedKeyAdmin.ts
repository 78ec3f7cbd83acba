import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TrustedKeyInfo } from '../../../common/admin/schemas'
import { LIMITS } from '../../../common/update/manifest'
import { CappedReadError, readCappedFile } from '../cappedRead'
import { errorCode } from '../durableFs'
import {
  publicKeyFileText,
  readPublicKey,
  type PublicSigningKey,
  type SecretSigningKey,
} from '../updates/keys'
import { signMinisign, verifyMinisign, type SignatureKeys } from '../updates/signature'
import { addedKeysDir, addTrustedKey } from '../updates/trustedKeys'

/** Folder on a stick (or in a watched folder) holding a key rotation package. */
export const KEY_FOLDER = 'KIOSK-KEY'
export const KEY_NAME = 'key.pub'
const SIGNATURE_MAX_BYTES = 16 * 1024

export type KeyOutcome = { ok: true; keyId: string } | { ok: false; reason: string }

const shippedDir = (resourcesDir: string) => join(resourcesDir, 'keys')

/**
 * The keys this kiosk trusts now, each with where it came from: `shipped` (in the build's
 * resources/keys, which admin mode cannot change) or `added` (under the data dir).
 */
export async function listTrustedKeys(
  keys: SignatureKeys,
  resourcesDir: string,
): Promise<TrustedKeyInfo[]> {
  const shipped = await keyFilesIn(shippedDir(resourcesDir))
  return keys.trusted.map((k) => ({
    keyId: k.keyIdHex,
    source: shipped.has(k.keyIdHex) ? 'shipped' : 'added',
  }))
}

/** Each readable `.pub` file in `dir` by key id; a missing folder has none. */
async function keyFilesIn(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names.filter((n) => n.endsWith('.pub')).sort()) {
    const parsed = readPublicKey(await readFile(join(dir, name), 'utf8').catch(() => ''))
    if (parsed.ok) files.set(parsed.value.keyIdHex, join(dir, name))
  }
  return files
}

async function readSmall(file: string, max: number): Promise<Buffer | string> {
  try {
    return Buffer.from((await readCappedFile(file, max, file)).bytes)
  } catch (err) {
    if (err instanceof CappedReadError) return err.message
    return errorCode(err) === 'ENOENT' ? `${file} is missing` : `${file}: cannot be read`
  }
}

/**
 * Adds the public key of the first rotation package (`KIOSK-KEY/key.pub` with its minisign
 * signature `key.pub.minisig`) found under `roots`. The signature must come from a key this kiosk
 * already trusts and has not revoked — the same check as for update packages — so a stick alone
 * can never make the kiosk trust a stranger's key. Nothing is written unless every check passes.
 */
export async function addKeyFromPackage(
  roots: readonly string[],
  keys: SignatureKeys,
  dataDir: string,
): Promise<KeyOutcome> {
  const folders: string[] = []
  for (const root of [...new Set(roots)]) {
    if (
      await lstat(join(root, KEY_FOLDER, KEY_NAME)).then(
        () => true,
        () => false,
      )
    ) {
      folders.push(join(root, KEY_FOLDER))
    }
  }
  const folder = folders[0]
  if (folder === undefined) {
    return { ok: false, reason: `no ${KEY_FOLDER}/${KEY_NAME} found on a stick or watched folder` }
  }
  const keyBytes = await readSmall(join(folder, KEY_NAME), LIMITS.keyBytes)
  if (typeof keyBytes === 'string') return { ok: false, reason: keyBytes }
  const sigBytes = await readSmall(join(folder, `${KEY_NAME}.minisig`), SIGNATURE_MAX_BYTES)
  if (typeof sigBytes === 'string') return { ok: false, reason: `unsigned: ${sigBytes}` }
  const check = verifyMinisign(keyBytes, sigBytes.toString('utf8'), keys)
  if (!check.ok) return { ok: false, reason: `${folder}: ${check.reason}` }
  const parsed = readPublicKey(keyBytes.toString('utf8'))
  if (!parsed.ok) return { ok: false, reason: `${join(folder, KEY_NAME)}: ${parsed.error}` }
  const key = parsed.value
  if (keys.revoked.has(key.keyIdHex)) {
    return { ok: false, reason: `key ${key.keyIdHex} has been revoked on this kiosk` }
  }
  if (keys.trusted.some((k) => k.keyIdHex === key.keyIdHex)) {
    return { ok: false, reason: `key ${key.keyIdHex} is already trusted` }
  }
  await addTrustedKey(dataDir, key)
  return { ok: true, keyId: key.keyIdHex }
}

/**
 * Removes a key an administrator or package added. Shipped keys stay (they come with the build),
 * and the last trusted key is never removed: without one the kiosk could not take any signed
 * package again.
 */
export async function removeAddedKey(
  keyId: string,
  keys: SignatureKeys,
  dirs: { resourcesDir: string; dataDir: string },
): Promise<KeyOutcome> {
  if (!keys.trusted.some((k) => k.keyIdHex === keyId)) {
    return { ok: false, reason: `key ${keyId} is not trusted on this kiosk` }
  }
  if (keys.trusted.length <= 1) {
    return {
      ok: false,
      reason: `key ${keyId} is the last trusted key; add another before removing it`,
    }
  }
  if ((await keyFilesIn(shippedDir(dirs.resourcesDir))).has(keyId)) {
    return { ok: false, reason: `key ${keyId} is shipped with the app and cannot be removed here` }
  }
  const file = (await keyFilesIn(addedKeysDir(dirs.dataDir))).get(keyId)
  if (file === undefined) return { ok: false, reason: `key ${keyId} has no file to remove` }
  await rm(file)
  return { ok: true, keyId }
}

/**
 * Writes a key rotation package: `<outDir>/KIOSK-KEY/key.pub` carrying `carried`, signed by
 * `signer` (a key the kiosks already trust). Returns the package folder.
 */
export async function writeKeyPackage(
  outDir: string,
  carried: PublicSigningKey,
  signer: SecretSigningKey,
): Promise<string> {
  const folder = join(outDir, KEY_FOLDER)
  await mkdir(folder, { recursive: true })
  const text = publicKeyFileText(carried)
  const comment = `kiosk key rotation: trust ${carried.keyIdHex}`
  await writeFile(join(folder, KEY_NAME), text)
  await writeFile(
    join(folder, `${KEY_NAME}.minisig`),
    signMinisign(new TextEncoder().encode(text), signer, comment),
  )
  return folder
}
