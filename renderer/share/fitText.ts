/**
 * A line of a QR payload; optional lines are dropped (last first) when the payload is too big.
 * A `keep` line (a warning) is never dropped nor shortened: others make room for it.
 */
export type PayloadLine = { text: string; optional?: boolean; keep?: boolean }

/**
 * Most QR payload we accept, in UTF-8 bytes. At error-correction level M this stays at or below
 * QR version 13 (69×69 modules), which a phone camera reads from a kiosk screen at arm's length.
 */
export const MAX_QR_BYTES = 300

const encoder = new TextEncoder()

/** Size of `text` as a QR byte-mode payload (UTF-8). */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length
}

function truncateToBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text
  const chars = Array.from(text)
  while (chars.length > 0 && utf8Bytes(`${chars.join('')}…`) > maxBytes) chars.pop()
  return `${chars.join('')}…`
}

/**
 * Joins non-empty lines with newlines and guarantees the result fits in `maxBytes`: optional
 * lines go first (from the end), then the longest remaining line that is not `keep` is shortened
 * with an ellipsis until it fits. Order is kept, so the name stays on top.
 */
export function fitLines(lines: PayloadLine[], maxBytes = MAX_QR_BYTES): string {
  const kept = lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text !== '')
  const joined = (): string => kept.map((l) => l.text).join('\n')
  for (let i = kept.length - 1; i >= 0 && utf8Bytes(joined()) > maxBytes; i--) {
    if (kept[i]?.optional) kept.splice(i, 1)
  }
  let overflow = utf8Bytes(joined()) - maxBytes
  while (overflow > 0 && kept.length > 0) {
    // Kept lines are shortened only if nothing else is left (the kiosk's warnings never are).
    const candidates = kept.some((l) => !l.keep) ? kept.filter((l) => !l.keep) : kept
    const longest = candidates.reduce((a, b) => (utf8Bytes(b.text) > utf8Bytes(a.text) ? b : a))
    const target = Math.max(0, utf8Bytes(longest.text) - overflow)
    longest.text = truncateToBytes(longest.text, target)
    if (target <= 3) kept.splice(kept.indexOf(longest), 1)
    overflow = utf8Bytes(joined()) - maxBytes
  }
  return joined()
}
