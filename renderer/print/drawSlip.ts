import { create } from 'qrcode'
import type { Language } from '../../common/content/schema'
import { MAX_SLIP_HEIGHT, type SlipBitmap } from '../../common/print/slipBitmap'
import type { SlipContent, SlipLine, SlipLineStyle } from './slipContent'
import { packBits } from './slipBits'
import { drawSlipMap } from './slipMap'
import { wrapText } from './wrapText'

/** Font size (dots) and weight per line style, for 80 mm paper; 58 mm is scaled down. */
const STYLES: Record<SlipLineStyle, { size: number; weight: 400 | 700; gapBefore: number }> = {
  title: { size: 40, weight: 700, gapBefore: 0 },
  big: { size: 48, weight: 700, gapBefore: 4 },
  heading: { size: 28, weight: 700, gapBefore: 18 },
  body: { size: 28, weight: 400, gapBefore: 2 },
  small: { size: 22, weight: 400, gapBefore: 2 },
}
const MARGIN = 8
const QR_QUIET = 4

/** The bundled Noto fonts, Korean first for Korean so Hangul never falls back to another face. */
function fontFamily(lang: Language): string {
  return lang === 'ko'
    ? "'Noto Sans KR', 'Noto Sans SC', sans-serif"
    : "'Noto Sans SC', 'Noto Sans KR', sans-serif"
}

type Placed = { text: string; font: string; size: number; y: number }

/**
 * Draws a slip at the printer's width in dots (384 for 58 mm, 576 for 80 mm): the lines wrapped to
 * the paper, then the QR code (whole modules, quiet zone kept) and its caption, then the footer.
 * Text is drawn with the kiosk's own bundled fonts — loaded for exactly these characters first —
 * so Chinese and Korean print as they look on screen, never as question marks. Returns 1-bit dots.
 */
export async function drawSlip(
  slip: SlipContent,
  dots: number,
  lang: Language,
  qrCaption: string,
  doc: Document = document,
): Promise<SlipBitmap> {
  const scale = dots < 576 ? 0.8 : 1
  const family = fontFamily(lang)
  const fontOf = (style: SlipLineStyle) => {
    const s = STYLES[style]
    return { font: `${s.weight} ${Math.round(s.size * scale)}px ${family}`, size: s.size * scale }
  }
  const mapWords = slip.map
    ? [slip.map.labels.here, slip.map.labels.there, slip.map.labels.north, '0123456789 kmm']
    : []
  const everything = [
    ...slip.lines,
    ...slip.footer,
    {
      text: [qrCaption, slip.map?.attribution ?? '', ...mapWords].join(''),
      style: 'small' as const,
    },
  ]
  await Promise.all(
    (Object.keys(STYLES) as SlipLineStyle[]).map((style) =>
      doc.fonts.load(fontOf(style).font, everything.map((l) => l.text).join('')),
    ),
  )

  const measureCanvas = doc.createElement('canvas').getContext('2d')
  if (!measureCanvas) throw new Error('this browser cannot draw on a canvas')
  const width = dots - 2 * MARGIN
  const place = (lines: SlipLine[], top: number): { placed: Placed[]; bottom: number } => {
    const placed: Placed[] = []
    let y = top
    for (const [i, line] of lines.entries()) {
      const { font, size } = fontOf(line.style)
      measureCanvas.font = font
      if (i > 0) y += STYLES[line.style].gapBefore * scale
      for (const text of wrapText(line.text, width, (s) => measureCanvas.measureText(s).width)) {
        placed.push({ text, font, size, y })
        y += Math.round(size * 1.35)
      }
    }
    return { placed, bottom: y }
  }

  const qr = create(slip.qrText, { errorCorrectionLevel: 'M' }).modules
  const moduleDots = Math.max(
    3,
    Math.min(8, Math.floor(Math.min(width, 400) / (qr.size + 2 * QR_QUIET))),
  )
  const qrDots = (qr.size + 2 * QR_QUIET) * moduleDots
  // The walk's map sits between the text and the QR code, with its attribution under it.
  const mapDots = slip.map ? Math.round(width * 0.62) + 12 : 0
  const attribution = slip.map?.attribution
    ? [{ text: slip.map.attribution, style: 'small' as const }]
    : []

  let body = place(slip.lines, MARGIN)
  const tail = (top: number) => {
    const credit = place(attribution, top + mapDots)
    const caption = place([{ text: qrCaption, style: 'small' }], credit.bottom + qrDots)
    const foot = place(slip.footer, caption.bottom + 16 * scale)
    return { credit, caption, foot, height: Math.ceil(foot.bottom + 24 * scale) }
  }
  let end = tail(body.bottom + 8)
  // An item too long for one slip keeps its head, the QR and the footer; the rest is on screen.
  let keep = slip.lines.length
  while (end.height > MAX_SLIP_HEIGHT && keep > 1) {
    keep--
    body = place(slip.lines.slice(0, keep), MARGIN)
    end = tail(body.bottom + 8)
  }

  const canvas = doc.createElement('canvas')
  canvas.width = dots
  canvas.height = Math.min(end.height, MAX_SLIP_HEIGHT)
  const g = canvas.getContext('2d', { willReadFrequently: true })
  if (!g) throw new Error('this browser cannot draw on a canvas')
  g.fillStyle = '#fff'
  g.fillRect(0, 0, canvas.width, canvas.height)
  g.fillStyle = '#000'
  g.textBaseline = 'top'
  for (const p of [
    ...body.placed,
    ...end.credit.placed,
    ...end.caption.placed,
    ...end.foot.placed,
  ]) {
    g.font = p.font
    g.fillText(p.text, MARGIN, p.y)
  }
  if (slip.map)
    drawSlipMap(g, slip.map, {
      left: MARGIN,
      top: Math.round(body.bottom + 8),
      width,
      font: (size) => `700 ${size}px ${family}`,
    })
  const qrTop = Math.round(end.credit.bottom)
  const qrLeft = Math.floor((dots - qrDots) / 2)
  for (let r = 0; r < qr.size; r++)
    for (let c = 0; c < qr.size; c++)
      if (qr.get(r, c))
        g.fillRect(
          qrLeft + (c + QR_QUIET) * moduleDots,
          qrTop + (r + QR_QUIET) * moduleDots,
          moduleDots,
          moduleDots,
        )
  // A rule between the QR's caption and the footer, so the slip reads as two parts.
  g.fillRect(MARGIN, Math.round(end.caption.bottom + 6 * scale), width, 2)
  return packBits(
    g.getImageData(0, 0, canvas.width, canvas.height).data,
    canvas.width,
    canvas.height,
  )
}
