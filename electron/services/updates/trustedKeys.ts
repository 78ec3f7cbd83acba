import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { keyIdHexSchema } from '../../../common/update/manifest'
import { errorCode } from '../durableFs'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'
import { readPublicKey, publicKeyFileText, type PublicSigningKey } from './keys'
import type { SignatureKeys } from './signature'

/** Folder under the data dir for keys an administrator (or a signed package) added. */
export const addedKeysDir = (dataDir: string) => join(dataDir, 'keys')
const revokedFile = (dataDir: string) => join(dataDir, 'keys', 'revoked.json')

const revokedSchema = z.object({ revokedKeyIds: z.array(keyIdHexSchema) }).strict()

async function keysIn(dir: string, log?: Logger): Promise<PublicSigningKey[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return []
    throw err
  }
  const keys: PublicSigningKey[] = []
  for (const name of names.filter((n) => n.endsWith('.pub')).sort()) {
    const file = join(dir, name)
    const parsed = readPublicKey(await readFile(file, 'utf8').catch(() => ''))
    if (parsed.ok) keys.push(parsed.value)
    else
      log?.({ level: 'warn', area: 'updates', message: `ignored key file: ${parsed.error}`, file })
  }
  return keys
}

/** Key ids this kiosk no longer accepts, kept durably; never throws on a damaged file. */
export async function readRevokedKeyIds(dataDir: string, log?: Logger): Promise<Set<string>> {
  const read = await readDurable(revokedFile(dataDir), jsonParserFor(revokedSchema), {
    defaults: () => ({ revokedKeyIds: [] }),
    ...(log ? { log } : {}),
  })
  return new Set(read.value.revokedKeyIds)
}

/**
 * The keys a package may be signed by: `resources/keys/*.pub` (pinned at build time) plus
 * `<dataDir>/keys/*.pub` (added later), minus revoked key ids. Unreadable key files are logged
 * and skipped, so one bad file cannot lock the kiosk out of updates.
 */
export async function loadSignatureKeys(
  resourcesDir: string,
  dataDir: string,
  log?: Logger,
): Promise<SignatureKeys> {
  const revoked = await readRevokedKeyIds(dataDir, log)
  const all = [
    ...(await keysIn(join(resourcesDir, 'keys'), log)),
    ...(await keysIn(addedKeysDir(dataDir), log)),
  ]
  const trusted = all.filter(
    (k, i) => !revoked.has(k.keyIdHex) && all.findIndex((o) => o.keyIdHex === k.keyIdHex) === i,
  )
  return { trusted, revoked }
}

/**
 * Adds a trusted key (durably) under the data dir, named by its key id. Throws rather than
 * replace a different key that has the same id: key ids name keys in revocations and the audit.
 */
export async function addTrustedKey(dataDir: string, key: PublicSigningKey): Promise<void> {
  const file = join(addedKeysDir(dataDir), `${key.keyIdHex}.pub`)
  const existing = readPublicKey(await readFile(file, 'utf8').catch(() => ''))
  if (existing.ok) {
    if (Buffer.compare(existing.value.publicKey, key.publicKey) === 0) return
    throw new Error(`key id ${key.keyIdHex} is already used by another added key`)
  }
  await mkdir(addedKeysDir(dataDir), { recursive: true })
  await writeFileDurable(file, publicKeyFileText(key))
}

/** Records key ids as revoked (durably); a revoked key stays refused even if its file remains. */
export async function revokeKeyIds(dataDir: string, keyIds: readonly string[]): Promise<void> {
  if (keyIds.length === 0) return
  const current = await readRevokedKeyIds(dataDir)
  const next = [...new Set([...current, ...keyIds])].sort()
  if (next.length === current.size) return
  await mkdir(addedKeysDir(dataDir), { recursive: true })
  await writeFileDurable(
    revokedFile(dataDir),
    `${JSON.stringify({ revokedKeyIds: next }, null, 2)}\n`,
  )
}
