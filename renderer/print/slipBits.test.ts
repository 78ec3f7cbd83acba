import { describe, expect, it } from 'vitest'
import { slipBitmapSchema } from '../../common/print/slipBitmap'
import { packBits } from './slipBits'

describe('packBits', () => {
  it('packs dark pixels as 1 bits, leftmost first, and treats transparency as paper', () => {
    const width = 16
    const rgba = new Uint8ClampedArray(width * 2 * 4).fill(255)
    const paint = (x: number, y: number, v: number, a = 255) => {
      const o = (y * width + x) * 4
      rgba.set([v, v, v, a], o)
    }
    paint(0, 0, 0) // black
    paint(9, 0, 100) // dark grey → black
    paint(1, 1, 200) // light grey → white
    paint(15, 1, 0, 0) // transparent black → white
    paint(7, 1, 0) // black
    const slip = packBits(rgba, width, 2)
    expect(slipBitmapSchema.safeParse(slip).success).toBe(true)
    expect([...Uint8Array.from(atob(slip.bits), (c) => c.charCodeAt(0))]).toEqual([
      0b10000000, 0b01000000, 0b00000001, 0b00000000,
    ])
  })
})
