import { create } from 'qrcode'
import type { SlipBitmap } from '../../../../common/print/slipBitmap'

/**
 * Test helper: a slip like the renderer draws, made without a browser — `lines` solid bars where
 * text lines would be, then the QR for `qrText` at 4 dots per module with its quiet zone. Host
 * tests use it to check the bytes a printer receives; the e2e suite checks real rendered slips.
 */
export function syntheticSlip(width: number, qrText: string, lines = 3): SlipBitmap {
  const { modules } = create(qrText, { errorCorrectionLevel: 'M' })
  const scale = 4
  const qrDots = (modules.size + 8) * scale
  const lineHeight = 24
  const height = lines * lineHeight * 2 + qrDots + 16
  const rowBytes = width / 8
  const bits = Buffer.alloc(rowBytes * height)
  const set = (x: number, y: number) => {
    bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7)
  }
  for (let l = 0; l < lines; l++)
    for (let y = l * lineHeight * 2; y < l * lineHeight * 2 + lineHeight; y++)
      for (let x = 16; x < width - 16 - l * 40; x++) set(x, y)
  const top = lines * lineHeight * 2
  const left = Math.floor((width - qrDots) / 2)
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++)
      if (modules.get(r, c))
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++)
            set(left + (c + 4) * scale + dx, top + (r + 4) * scale + dy)
  return { width, height, bits: bits.toString('base64') }
}
