import { create } from 'qrcode'

export type QrMatrix = { size: number; path: string }

/**
 * The QR symbol for `text` as one SVG path in module units (one unit per module, no quiet
 * zone). Generated locally and synchronously, without canvas or network, so it works offline
 * and under a strict CSP. Error correction M keeps small payloads readable from a screen.
 */
export function qrMatrix(text: string): QrMatrix {
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
