import type { SlipContent } from '../../print/slipContent'

/**
 * What audio mode says when a slip has printed (EN 301 549 5.1.3.16, receipts voiced): what is
 * on the paper, in its order — the lines, then the QR code's own text (its spoken equivalent:
 * the same words the code holds), then the footer. Blank lines are dropped.
 */
export function slipSpeech(slip: SlipContent, intro: string, qrCaption: string): string[] {
  const qr = slip.qrText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return [
    intro,
    ...slip.lines.map((line) => line.text),
    ...(qr.length > 0 ? [qrCaption, ...qr] : []),
    ...slip.footer.map((line) => line.text),
  ].filter((text) => text.trim() !== '')
}
