import { crc32, deflateSync } from 'node:zlib'
import type { SlipBitmap } from '../../../common/print/slipBitmap'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * The slip as a 1-bit greyscale PNG, the image form receiptline takes. Written here (a few lines
 * over node:zlib) rather than with a PNG library, so the packaged app needs no extra dependency.
 * PNG greyscale has 0 = black, the slip has 1 = black, so every byte is inverted.
 */
export function slipToPng(slip: SlipBitmap): Buffer {
  const bits = Buffer.from(slip.bits, 'base64')
  const rowBytes = slip.width / 8
  const raw = Buffer.alloc((rowBytes + 1) * slip.height)
  for (let y = 0; y < slip.height; y++) {
    const out = y * (rowBytes + 1)
    raw[out] = 0 // filter: none
    for (let x = 0; x < rowBytes; x++) raw[out + 1 + x] = ~bits[y * rowBytes + x]! & 0xff
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(slip.width, 0)
  header.writeUInt32BE(slip.height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // colour type: greyscale
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
