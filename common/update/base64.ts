const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]))

/** Standard padded base64 of the bytes (what minisign writes). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '='
  }
  return out
}

/**
 * Strict decoder for padded base64: returns undefined for anything that is not canonical
 * base64 (stray characters, wrong length or padding), so a damaged key or signature line is
 * refused instead of being silently half-decoded.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const body = text.slice(0, text.length - padding)
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let bits = 0
  let value = 0
  let index = 0
  for (const ch of body) {
    const digit = LOOKUP.get(ch)
    if (digit === undefined) return undefined
    value = (value << 6) | digit
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[index++] = (value >> bits) & 0xff
    }
  }
  // Canonical form: the unused low bits of the last digit must be zero.
  if ((value & ((1 << bits) - 1)) !== 0) return undefined
  return out
}

/** Uppercase hex of the bytes in the given order. */
export function toHex(bytes: Uint8Array): string {
  return [...bytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}
