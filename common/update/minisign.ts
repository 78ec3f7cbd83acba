import { decodeBase64, encodeBase64, toHex } from './base64'

/**
 * minisign's file formats (https://jedisct1.github.io/minisign/), parsed and written without
 * any crypto so that both the kiosk and the signing tools agree on the exact bytes:
 * - public key: `untrusted comment: …` then base64("Ed" || keyId[8] || publicKey[32])
 * - signature:  `untrusted comment: …`, base64(alg[2] || keyId[8] || sig[64]),
 *               `trusted comment: …`, base64(globalSig[64]) where globalSig signs sig || comment.
 * alg "Ed" signs the raw file (legacy, what we write); "ED" signs its BLAKE2b-512 hash.
 */
export const UNTRUSTED_PREFIX = 'untrusted comment: '
export const TRUSTED_PREFIX = 'trusted comment: '

export type SignatureAlgorithm = 'Ed' | 'ED'

export interface MinisignPublicKey {
  keyId: Uint8Array
  /** The key id as minisign prints it: 16 upper-case hex digits (little-endian number). */
  keyIdHex: string
  publicKey: Uint8Array
  comment: string
}

export interface MinisignSignature {
  algorithm: SignatureAlgorithm
  keyId: Uint8Array
  keyIdHex: string
  signature: Uint8Array
  untrustedComment: string
  trustedComment: string
  globalSignature: Uint8Array
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** minisign prints key ids as a little-endian 64-bit number in hex. */
export function keyIdToHex(keyId: Uint8Array): string {
  return toHex(Uint8Array.from(keyId).reverse())
}

function splitLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''))
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function bytesStartWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((ch, i) => bytes[i] === ch.charCodeAt(0))
}

/** Reads a minisign public key file (or the bare base64 line given to `minisign -P`). */
export function parsePublicKey(text: string): Parsed<MinisignPublicKey> {
  const lines = splitLines(text.trim())
  let comment = ''
  let keyLine = lines[0] ?? ''
  if (keyLine.startsWith(UNTRUSTED_PREFIX)) {
    comment = keyLine.slice(UNTRUSTED_PREFIX.length)
    keyLine = lines[1] ?? ''
    if (lines.length > 2) return { ok: false, error: 'unexpected lines after the key' }
  } else if (lines.length > 1) {
    return { ok: false, error: 'expected an "untrusted comment:" line before the key' }
  }
  const bytes = decodeBase64(keyLine.trim())
  if (!bytes || bytes.length !== 42)
    return { ok: false, error: 'the key line is not a minisign public key' }
  if (!bytesStartWith(bytes, 'Ed')) return { ok: false, error: 'not an Ed25519 minisign key' }
  const keyId = bytes.slice(2, 10)
  return {
    ok: true,
    value: { keyId, keyIdHex: keyIdToHex(keyId), publicKey: bytes.slice(10), comment },
  }
}

/** Writes a public key file exactly as `minisign -G` does. */
export function serializePublicKey(keyId: Uint8Array, publicKey: Uint8Array): string {
  const bytes = new Uint8Array(42)
  bytes.set([0x45, 0x64], 0)
  bytes.set(keyId, 2)
  bytes.set(publicKey, 10)
  return `${UNTRUSTED_PREFIX}minisign public key ${keyIdToHex(keyId)}\n${encodeBase64(bytes)}\n`
}

/** Reads a `.minisig` file; the four-line layout and every length are checked. */
export function parseSignature(text: string): Parsed<MinisignSignature> {
  const lines = splitLines(text)
  if (lines.length !== 4) return { ok: false, error: 'a signature file has exactly 4 lines' }
  const [untrusted, sigLine, trusted, globalLine] = lines as [string, string, string, string]
  if (!untrusted.startsWith(UNTRUSTED_PREFIX))
    return { ok: false, error: 'line 1 is not an untrusted comment' }
  if (!trusted.startsWith(TRUSTED_PREFIX))
    return { ok: false, error: 'line 3 is not a trusted comment' }
  const sig = decodeBase64(sigLine)
  if (!sig || sig.length !== 74) return { ok: false, error: 'line 2 is not a minisign signature' }
  const algorithm = bytesStartWith(sig, 'Ed') ? 'Ed' : bytesStartWith(sig, 'ED') ? 'ED' : undefined
  if (!algorithm) return { ok: false, error: 'unknown signature algorithm' }
  const globalSignature = decodeBase64(globalLine)
  if (!globalSignature || globalSignature.length !== 64) {
    return { ok: false, error: 'line 4 is not a minisign global signature' }
  }
  const keyId = sig.slice(2, 10)
  return {
    ok: true,
    value: {
      algorithm,
      keyId,
      keyIdHex: keyIdToHex(keyId),
      signature: sig.slice(10),
      untrustedComment: untrusted.slice(UNTRUSTED_PREFIX.length),
      trustedComment: trusted.slice(TRUSTED_PREFIX.length),
      globalSignature,
    },
  }
}

/** The bytes the global signature covers: the file signature followed by the trusted comment. */
export function globalSignedBytes(signature: Uint8Array, trustedComment: string): Uint8Array {
  const comment = new TextEncoder().encode(trustedComment)
  const out = new Uint8Array(signature.length + comment.length)
  out.set(signature, 0)
  out.set(comment, signature.length)
  return out
}

/** Writes a `.minisig` file; comments must be single lines (minisign's own rule). */
export function serializeSignature(sig: Omit<MinisignSignature, 'keyIdHex'>): string {
  for (const comment of [sig.untrustedComment, sig.trustedComment]) {
    if (/[\r\n]/.test(comment)) throw new Error('minisign comments are single lines')
  }
  const head = new Uint8Array(74)
  head.set([0x45, sig.algorithm === 'Ed' ? 0x64 : 0x44], 0)
  head.set(sig.keyId, 2)
  head.set(sig.signature, 10)
  return (
    `${UNTRUSTED_PREFIX}${sig.untrustedComment}\n${encodeBase64(head)}\n` +
    `${TRUSTED_PREFIX}${sig.trustedComment}\n${encodeBase64(sig.globalSignature)}\n`
  )
}
