import { createHash, sign, verify } from 'node:crypto'
import {
  globalSignedBytes,
  parseSignature,
  serializeSignature,
} from '../../../common/update/minisign'
import type { PublicSigningKey, SecretSigningKey } from './keys'

/**
 * Signs `message` in minisign's legacy format ("Ed": Ed25519 over the raw bytes), so that
 * `minisign -Vm manifest.json -P <key>` verifies it. The trusted comment is signed too.
 */
export function signMinisign(
  message: Uint8Array,
  key: SecretSigningKey,
  trustedComment: string,
  untrustedComment = `signature from kiosk-content secret key ${key.keyIdHex}`,
): string {
  const signature = new Uint8Array(sign(null, message, key.privateKey))
  const globalSignature = new Uint8Array(
    sign(null, globalSignedBytes(signature, trustedComment), key.privateKey),
  )
  return serializeSignature({
    algorithm: 'Ed',
    keyId: key.keyId,
    signature,
    untrustedComment,
    trustedComment,
    globalSignature,
  })
}

export type SignatureCheck =
  | { ok: true; signer: PublicSigningKey; trustedComment: string }
  | {
      ok: false
      code: 'bad-signature-file' | 'unknown-key' | 'revoked-key' | 'bad-signature'
      reason: string
    }

export interface SignatureKeys {
  trusted: readonly PublicSigningKey[]
  /** Key ids (hex) that must no longer be accepted even if a trusted key file remains. */
  revoked: ReadonlySet<string>
}

/**
 * Checks a `.minisig` over the raw message bytes against the trusted keys. Nothing about the
 * message is trusted unless this returns ok: the key id must be trusted and not revoked, the
 * signature must cover these exact bytes, and the global signature must cover the trusted
 * comment. Accepts minisign's legacy ("Ed") and prehashed ("ED", BLAKE2b-512) signatures.
 */
export function verifyMinisign(
  message: Uint8Array,
  signatureText: string,
  keys: SignatureKeys,
): SignatureCheck {
  const parsed = parseSignature(signatureText)
  if (!parsed.ok) {
    return {
      ok: false,
      code: 'bad-signature-file',
      reason: `the signature file is damaged: ${parsed.error}`,
    }
  }
  const sig = parsed.value
  if (keys.revoked.has(sig.keyIdHex)) {
    return {
      ok: false,
      code: 'revoked-key',
      reason: `signed by a revoked key (key id ${sig.keyIdHex})`,
    }
  }
  const signer = keys.trusted.find((k) => k.keyIdHex === sig.keyIdHex)
  if (!signer) {
    return {
      ok: false,
      code: 'unknown-key',
      reason: `signed by an unknown key (key id ${sig.keyIdHex})`,
    }
  }
  const signed =
    sig.algorithm === 'Ed' ? message : createHash('blake2b512').update(message).digest()
  if (!verify(null, signed, signer.key, sig.signature)) {
    return {
      ok: false,
      code: 'bad-signature',
      reason: 'the signature does not match manifest.json: it was changed after signing',
    }
  }
  if (
    !verify(
      null,
      globalSignedBytes(sig.signature, sig.trustedComment),
      signer.key,
      sig.globalSignature,
    )
  ) {
    return {
      ok: false,
      code: 'bad-signature',
      reason: "the signature's trusted comment was changed after signing",
    }
  }
  return { ok: true, signer, trustedComment: sig.trustedComment }
}
