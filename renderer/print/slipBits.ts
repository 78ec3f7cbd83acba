import type { SlipBitmap } from '../../common/print/slipBitmap'

/**
 * Canvas pixels to the slip format: one bit per dot, MSB = leftmost, 1 = black. A dot is black
 * when its luminance is under half, so anti-aliased text keeps its shape and the white paper
 * stays white; `width` must be a multiple of 8 (the printer's dot widths are).
 */
export function packBits(rgba: Uint8ClampedArray, width: number, height: number): SlipBitmap {
  const rowBytes = width / 8
  const bits = new Uint8Array(rowBytes * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4
      const alpha = rgba[o + 3]! / 255
      // Transparent pixels count as paper (white).
      const lum =
        (0.299 * rgba[o]! + 0.587 * rgba[o + 1]! + 0.114 * rgba[o + 2]!) * alpha + 255 * (1 - alpha)
      if (lum < 128) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7)
    }
  }
  return { width, height, bits: toBase64(bits) }
}

/** Base64 of bytes in the browser (btoa over chunks, so large slips do not overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}
