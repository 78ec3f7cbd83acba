import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { TrustedKeyInfo } from '../../../common/admin/schemas'
import { LIMITS } from '../../../common/update/manifest'
import { CappedReadError, readCappedFile } from '../cappedRead'
import { readDurable, writeFileDurable } from '../durableFile'
import { errorCode } from '../durableFs'
import { jsonParserFor } from '../durableStore'
import {
  publicKeyFileText,
  readPublicKey,
  type PublicSigningKey,
  type SecretSigningKey,
} from '../updates/keys'
import { signMinisign, verifyMinisign, type SignatureKeys } from '../updates/signature'
import { addedKeysDir, addTrustedKey, revokeKeyIds } from '../updates/trustedKeys'

/** Folder on a stick (or in a watched folder) holding a key rotation package. */
export const KEY_FOLDER = 'KIOSK-KEY'
export const KEY_NAME = 'key.pub'
const SIGNATURE_MAX_BYTES = 16 * 1024

/**
 * The signed trusted comment of a key package: its version and the key it carries. The version
 * only rises (a kiosk refuses a package at or below the last one it took), so an old package
 * cannot bring back a key that was removed since.
 */
const keyComment = (version: number, keyIdHex: string) =>
  `kiosk-key version:${version} key:${keyIdHex}`
const KEY_COMMENT = /^kiosk-key version:(\d{1,15}) key:([0-9A-F]{16})$/

const keyMarkSchema = z.object({ version: z.number().int().min(0) }).strict()
const keyMarkFile = (dataDir: string) => join(addedKeysDir(dataDir), 'key-package-mark.json')

/** The highest key package version this kiosk has taken (0 when none). */
async function readKeyMark(dataDir: string): Promise<number> {
  const read = await readDurable(keyMarkFile(dataDir), jsonParserFor(keyMarkSchema), {
    defaults: () => ({ version: 0 }),
  })
  return read.value.version
}

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
  const comment = KEY_COMMENT.exec(check.trustedComment)
  if (!comment || comment[2] !== key.keyIdHex) {
    return {
      ok: false,
      reason: `${folder}: the package has no version (made before versions); make a new one with kiosk-content pack-key`,
    }
  }
  const version = Number(comment[1])
  const mark = await readKeyMark(dataDir)
  if (version <= mark) {
    return {
      ok: false,
      reason: `key package version ${version} is not newer than ${mark}, the newest this kiosk has taken`,
    }
  }
  if (keys.revoked.has(key.keyIdHex)) {
    return { ok: false, reason: `key ${key.keyIdHex} has been revoked on this kiosk` }
  }
  const same = keys.trusted.find((k) => k.keyIdHex === key.keyIdHex)
  if (same) {
    const twin = Buffer.compare(same.publicKey, key.publicKey) !== 0
    return {
      ok: false,
      reason: twin
        ? `key id ${key.keyIdHex} is already used by another trusted key; refused`
        : `key ${key.keyIdHex} is already trusted`,
    }
  }
  await addTrustedKey(dataDir, key)
  await writeFileDurable(keyMarkFile(dataDir), `${JSON.stringify({ version })}\n`)
  return { ok: true, keyId: key.keyIdHex }
}

/**
 * Removes a key an administrator or package added, and revokes it: the id is recorded (durably,
 * first) in the revocation list, so no package can bring the key back. Shipped keys stay (they
 * come with the build), and the last trusted key is never removed: without one the kiosk could
 * not take any signed package again.
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
  await revokeKeyIds(dirs.dataDir, [keyId])
  await rm(file)
  return { ok: true, keyId }
}

/**
 * Writes a key rotation package: `<outDir>/KIOSK-KEY/key.pub` carrying `carried`, signed by
 * `signer` (a key the kiosks already trust), with `version` in the signed comment (each package
 * must have a higher version than the last one a kiosk took). Returns the package folder.
 */
export async function writeKeyPackage(
  outDir: string,
  carried: PublicSigningKey,
  signer: SecretSigningKey,
  version: number,
): Promise<string> {
  const folder = join(outDir, KEY_FOLDER)
  await mkdir(folder, { recursive: true })
  const text = publicKeyFileText(carried)
  const comment = keyComment(version, carried.keyIdHex)
  await writeFile(join(folder, KEY_NAME), text)
  await writeFile(
    join(folder, `${KEY_NAME}.minisig`),
    signMinisign(new TextEncoder().encode(text), signer, comment),
  )
  return folder
}
