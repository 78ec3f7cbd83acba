import type { Page } from '@playwright/test'
import type { DecodedImage } from '../../electron/services/printing/testing/escposDecode'

/** A line of text as the slip draws it: 1-bit dots, row by row (1 = black). */
export type TextTemplate = { width: number; height: number; dots: number[] }

/** The slip's left margin and body style on 80 mm paper (renderer/print/drawSlip.ts). */
const MARGIN = 8
const BODY = { size: 28, weight: 400 }

/**
 * Draws `text` in the kiosk page exactly as drawSlip draws a body line on 80 mm paper (the same
 * bundled Noto font, size, baseline and black/white threshold), so a printed slip can be
 * searched for it pixel by pixel: a test reads the words on paper without OCR.
 */
export async function textTemplate(page: Page, text: string, lang: string): Promise<TextTemplate> {
  return page.evaluate(
    async ({ text, lang, size, weight }) => {
      const family =
        lang === 'ko'
          ? "'Noto Sans KR', 'Noto Sans SC', sans-serif"
          : "'Noto Sans SC', 'Noto Sans KR', sans-serif"
      const font = `${weight} ${size}px ${family}`
      await document.fonts.load(font, text)
      const canvas = document.createElement('canvas')
      const g = canvas.getContext('2d', { willReadFrequently: true })!
      g.font = font
      canvas.width = Math.ceil(g.measureText(text).width)
      canvas.height = Math.round(size * 1.35)
      g.fillStyle = '#fff'
      g.fillRect(0, 0, canvas.width, canvas.height)
      g.fillStyle = '#000'
      g.font = font
      g.textBaseline = 'top'
      g.fillText(text, 0, 0)
      const rgba = g.getImageData(0, 0, canvas.width, canvas.height).data
      const dots: number[] = []
      for (let i = 0; i < rgba.length; i += 4) {
        dots.push(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]! < 128 ? 1 : 0)
      }
      return { width: canvas.width, height: canvas.height, dots }
    },
    { text, lang, ...BODY },
  )
}

const dotAt = (image: DecodedImage, x: number, y: number): number =>
  (image.bits[y * (image.width / 8) + (x >> 3)]! >> (7 - (x & 7))) & 1

/**
 * True when a printed slip has `template` at the left margin on some row: at most 3% of the
 * template's inked dots differ (anti-aliased edges), and the template has enough ink to mean it.
 */
export function slipShows(image: DecodedImage, template: TextTemplate): boolean {
  const ink = template.dots.reduce((n, d) => n + d, 0)
  if (ink < 40 || template.width + MARGIN > image.width) return false
  for (let top = 0; top + template.height <= image.height; top++) {
    let differ = 0
    for (let y = 0; y < template.height && differ <= ink * 0.03; y++) {
      for (let x = 0; x < template.width; x++) {
        if (dotAt(image, MARGIN + x, top + y) !== template.dots[y * template.width + x]) differ++
      }
    }
    if (differ <= ink * 0.03) return true
  }
  return false
}
