import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto'
import { decodeBase64, encodeBase64 } from '../../../common/update/base64'
import {
  keyIdToHex,
  parsePublicKey,
  serializePublicKey,
  UNTRUSTED_PREFIX,
  type Parsed,
} from '../../../common/update/minisign'

/**
 * Ed25519 keys in minisign's shapes. Node's crypto works with KeyObjects; minisign with raw
 * 32-byte keys and an 8-byte key id, so this module converts between the two.
 */
export interface PublicSigningKey {
  keyId: Uint8Array
  keyIdHex: string
  publicKey: Uint8Array
  key: KeyObject
}

export interface SecretSigningKey extends PublicSigningKey {
  privateKey: KeyObject
}

const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')

/** A Node key for a raw Ed25519 public key. */
export function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: toBase64Url(raw) },
    format: 'jwk',
  })
}

function rawKeysOf(privateKey: KeyObject): { seed: Uint8Array; publicKey: Uint8Array } {
  const jwk = privateKey.export({ format: 'jwk' })
  if (typeof jwk.d !== 'string' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key')
  return { seed: Buffer.from(jwk.d, 'base64url'), publicKey: Buffer.from(jwk.x, 'base64url') }
}

/** Parses a minisign public key file into a key the kiosk can verify with. */
export function readPublicKey(text: string): Parsed<PublicSigningKey> {
  const parsed = parsePublicKey(text)
  if (!parsed.ok) return parsed
  try {
    return { ok: true, value: { ...parsed.value, key: publicKeyObject(parsed.value.publicKey) } }
  } catch {
    return { ok: false, error: 'the key bytes are not a valid Ed25519 public key' }
  }
}

const SECRET_COMMENT = 'kiosk-content secret key'

/** A fresh key pair with a random key id, as `minisign -G` would make. */
export function generateSigningKey(): SecretSigningKey {
  const { privateKey } = generateKeyPairSync('ed25519')
  const { publicKey } = rawKeysOf(privateKey)
  const keyId = new Uint8Array(randomBytes(8))
  return {
    keyId,
    keyIdHex: keyIdToHex(keyId),
    publicKey,
    key: publicKeyObject(publicKey),
    privateKey,
  }
}

/** The public key file (minisign format) for a secret key. */
export function publicKeyFileText(key: PublicSigningKey): string {
  return serializePublicKey(key.keyId, key.publicKey)
}

/**
 * The secret key file written by `kiosk-content keygen`: an untrusted comment naming the key
 * id, then base64("Ed" || keyId || seed || publicKey). It is not encrypted, so it must stay
 * with the signing office; it is never shipped on a kiosk or a stick.
 */
export function secretKeyFileText(key: SecretSigningKey): string {
  const { seed, publicKey } = rawKeysOf(key.privateKey)
  const bytes = new Uint8Array(74)
  bytes.set([0x45, 0x64], 0)
  bytes.set(key.keyId, 2)
  bytes.set(seed, 10)
  bytes.set(publicKey, 42)
  return (
    `${UNTRUSTED_PREFIX}${SECRET_COMMENT} ${key.keyIdHex} — signing office only, never copy to a kiosk\n` +
    `${encodeBase64(bytes)}\n`
  )
}

function fromSeed(
  keyId: Uint8Array,
  seed: Uint8Array,
  publicKey: Uint8Array,
): Parsed<SecretSigningKey> {
  const privateKey = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: toBase64Url(seed), x: toBase64Url(publicKey) },
    format: 'jwk',
  })
  // Node derives the public key from the seed; a mismatch means a damaged file.
  const derived = rawKeysOf(privateKey).publicKey
  if (Buffer.compare(Buffer.from(derived), Buffer.from(publicKey)) !== 0) {
    return { ok: false, error: 'the secret key file is damaged (its public half does not match)' }
  }
  return {
    ok: true,
    value: {
      keyId,
      keyIdHex: keyIdToHex(keyId),
      publicKey,
      key: publicKeyObject(publicKey),
      privateKey,
    },
  }
}

/**
 * Reads a secret key: our own file, or an unencrypted minisign one (`minisign -G -W`), so an
 * office that already signs with minisign can keep its key.
 */
export function readSecretKey(text: string): Parsed<SecretSigningKey> {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  if (lines.length !== 2 || !lines[0]!.startsWith(UNTRUSTED_PREFIX)) {
    return { ok: false, error: 'not a secret key file (expected a comment line and a key line)' }
  }
  const bytes = decodeBase64(lines[1]!)
  if (!bytes || bytes[0] !== 0x45 || bytes[1] !== 0x64)
    return { ok: false, error: 'not an Ed25519 secret key' }
  try {
    if (bytes.length === 74)
      return fromSeed(bytes.slice(2, 10), bytes.slice(10, 42), bytes.slice(42, 74))
    // minisign: alg(2) kdf(2) chk(2) salt(32) ops(8) mem(8) keyId(8) seed(32) pk(32) checksum(32)
    if (bytes.length === 158) {
      if (bytes[2] !== 0 || bytes[3] !== 0) {
        return {
          ok: false,
          error: 'this minisign key is password-protected; remove it with `minisign -C -W`',
        }
      }
      return fromSeed(bytes.slice(54, 62), bytes.slice(62, 94), bytes.slice(94, 126))
    }
  } catch {
    return { ok: false, error: 'the secret key bytes are not a valid Ed25519 key' }
  }
  return { ok: false, error: 'not a secret key file this tool understands' }
}
