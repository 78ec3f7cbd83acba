import receiptline from 'receiptline'
import type { SlipBitmap } from '../../../common/print/slipBitmap'
import { slipToPng } from './slipPng'

/**
 * The ESC/POS bytes that print `slip` as one raster image and cut the paper. receiptline writes
 * the commands: its `generic` command set prints images with GS v 0, which Epson TM printers and
 * the common Chinese 58/80 mm printers all understand (the newer GS 8 L form is not universal).
 * Characters per line are chosen so receiptline's print area is exactly the slip's width in dots
 * (12 dots per character), and thresholding without dithering keeps the black/white slip exact.
 */
export function escposForSlip(slip: SlipBitmap): Buffer {
  const png = slipToPng(slip).toString('base64')
  const doc = `{image:${png}}\n`
  const commands = receiptline.transform(doc, {
    command: 'generic',
    cpl: slip.width / 12,
    gradient: false,
    threshold: 128,
    cutting: true,
  })
  // receiptline returns printer commands as a binary string (one char per byte).
  return Buffer.from(commands, 'latin1')
}
