import type { PaperWidth } from '../../common/print/printerSettings'
import type { Translate } from '../../common/i18n/translate'
import type { SlipContent } from './slipContent'

/**
 * The admin's test slip: every script the kiosk prints, the paper width, and a QR code, so one
 * look at the paper shows whether text, raster width and QR are right.
 */
export function testSlipContent(
  kioskName: string,
  paperWidth: PaperWidth,
  now: Date,
  print: Translate,
): SlipContent {
  return {
    lines: [
      { text: print('test.title'), style: 'title' },
      { text: kioskName, style: 'body' },
      { text: print('test.paper', { width: paperWidth }), style: 'body' },
      { text: now.toISOString().slice(0, 16).replace('T', ' '), style: 'small' },
      { text: print('test.scripts'), style: 'heading' },
      { text: '中文：长春市救助管理站', style: 'body' },
      { text: 'English: Changchun relief station', style: 'body' },
      { text: '한국어: 장춘시 구조관리소', style: 'body' },
    ],
    qrText: `relief-kiosk test slip ${paperWidth} mm`,
    footer: [],
  }
}
