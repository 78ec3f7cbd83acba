import { PNG } from 'pngjs'
import type { SlipBitmap } from '../../../../common/print/slipBitmap'

/** One raster image found in a printer's byte stream (bits as the slip format: 1 = black). */
export type DecodedImage = { width: number; height: number; bits: Buffer }

/**
 * Test helper: finds every GS v 0 raster block in bytes sent to a printer and joins the blocks of
 * one slip (between ESC @ resets) into one image, as a printer would print them. A stray or
 * truncated block throws, so a test cannot pass on garbage.
 */
export function decodeEscposImages(bytes: Buffer): DecodedImage[] {
  const slips: { width: number; rows: Buffer[] }[] = []
  let current: { width: number; rows: Buffer[] } | undefined
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x1b && bytes[i + 1] === 0x40) {
      current = undefined
      i++
      continue
    }
    if (bytes[i] !== 0x1d || bytes[i + 1] !== 0x76 || bytes[i + 2] !== 0x30) continue
    const rowBytes = bytes.readUInt16LE(i + 4)
    const height = bytes.readUInt16LE(i + 6)
    const start = i + 8
    const end = start + rowBytes * height
    if (end > bytes.length) throw new Error(`a raster block at byte ${i} is cut short`)
    if (!current || current.width !== rowBytes * 8) {
      current = { width: rowBytes * 8, rows: [] }
      slips.push(current)
    }
    for (let y = 0; y < height; y++)
      current.rows.push(bytes.subarray(start + y * rowBytes, start + (y + 1) * rowBytes))
    i = end - 1
  }
  return slips.map((s) => ({ width: s.width, height: s.rows.length, bits: Buffer.concat(s.rows) }))
}

/** A decoded image (or a slip) as an RGBA PNG, to look at and to hand to jsQR. */
export function imageToPng(image: DecodedImage | SlipBitmap): PNG {
  const bits = Buffer.isBuffer(image.bits) ? image.bits : Buffer.from(image.bits, 'base64')
  const png = new PNG({ width: image.width, height: image.height })
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const black = (bits[y * (image.width / 8) + (x >> 3)]! >> (7 - (x & 7))) & 1
      const o = (y * image.width + x) * 4
      png.data[o] = png.data[o + 1] = png.data[o + 2] = black ? 0 : 255
      png.data[o + 3] = 255
    }
  }
  return png
}

/** Bands of consecutive rows with ink, separated by blank rows: one per printed line or block. */
export function inkBands(image: DecodedImage): { top: number; bottom: number }[] {
  const rowBytes = image.width / 8
  const bands: { top: number; bottom: number }[] = []
  let top = -1
  for (let y = 0; y <= image.height; y++) {
    const inked =
      y < image.height && image.bits.subarray(y * rowBytes, (y + 1) * rowBytes).some((b) => b !== 0)
    if (inked && top < 0) top = y
    if (!inked && top >= 0) {
      bands.push({ top, bottom: y - 1 })
      top = -1
    }
  }
  return bands
}
