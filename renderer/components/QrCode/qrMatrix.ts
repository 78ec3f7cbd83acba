import { create } from 'qrcode'
import { warmWhenIdle } from '../../navigation/warmUp'

export type QrMatrix = { size: number; path: string }

/**
 * Symbols made lately, by payload. Encoding (mask choice over eight masks) cost a place or
 * service page a few milliseconds on every visit, and visitors go back and forth between the
 * same few pages (issue 25). Bounded: the oldest is dropped past RECENT_MAX.
 */
const recent = new Map<string, QrMatrix>()
export const RECENT_MAX = 16

/**
 * The QR symbol for `text` as one SVG path in module units (one unit per module, no quiet
 * zone). Generated locally and synchronously, without canvas or network, so it works offline
 * and under a strict CSP. Error correction M keeps small payloads readable from a screen.
 */
export function qrMatrix(text: string): QrMatrix {
  const known = recent.get(text)
  if (known) {
    // Most recently used last, so the oldest is the first key.
    recent.delete(text)
    recent.set(text, known)
    return known
  }
  const made = encode(text)
  recent.set(text, made)
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!)
  return made
}

function encode(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`)
    }
  }
  return { size: modules.size, path: parts.join('') }
}

/** A payload the length and mix of a place's QR text (Chinese, Latin, digits), for `warmQr`. */
const WARM_TEXT = `长春市救助管理站 Changchun relief station\n${'地址 Address 0431-12345'.repeat(6)}`

/**
 * Encodes one symbol and throws it away. V8 runs a function in its interpreter until it has run
 * often: the page's first symbol took ~25 ms against ~1 ms later (the mask choice's loops), on
 * the tap that opened the first place or service (issue 25). Registered for the kiosk's idle
 * warm-up when this module loads; nothing is cached, so the visitors' recent symbols are unchanged.
 */
export function warmQr(): void {
  encode(WARM_TEXT)
}
warmWhenIdle(warmQr)
