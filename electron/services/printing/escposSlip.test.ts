import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { escposForSlip } from './escposSlip'
import { decodeEscposImages, imageToPng, inkBands } from './testing/escposDecode'
import { syntheticSlip } from './testing/syntheticSlip'

const QR_TEXT = '长春市救助管理站\n地址：长春市宽城区\n전화 0431-12345\ntel:043112345'

describe('ESC/POS raster slip', () => {
  for (const width of [384, 576]) {
    it(`prints a ${width}-dot slip as raster that decodes back to the same dots`, () => {
      const slip = syntheticSlip(width, QR_TEXT)
      const bytes = escposForSlip(slip)
      expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]) // ESC @ resets the printer first
      expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true) // GS V cuts the paper
      const [image, ...more] = decodeEscposImages(bytes)
      expect(more).toHaveLength(0)
      expect(image!.width).toBe(width)
      expect(image!.height).toBe(slip.height)
      expect(image!.bits.equals(Buffer.from(slip.bits, 'base64'))).toBe(true)
      expect(inkBands(image!).length).toBeGreaterThanOrEqual(4) // three lines, then the QR

      const png = imageToPng(image!)
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
      expect(qr?.data).toBe(QR_TEXT)
    })
  }
})
