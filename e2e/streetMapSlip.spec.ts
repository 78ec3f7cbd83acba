import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import {
  decodeEscposImages,
  imageToPng,
  type DecodedImage,
} from '../electron/services/printing/testing/escposDecode'
import {
  startFakeTcpPrinter,
  type FakeTcpPrinter,
} from '../electron/services/printing/testing/fakePrinters'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { basemapFixture } from './support/basemapFixture'
import { expect, test } from './support/fixtures'
import { t } from './support/i18n'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import { CAMPAIGN_NOW } from './support/tour'

// Issue 21: the place slip carries a small map of the walk, legible at 203 dpi on 58 and 80 mm
// paper. The slip is printed to a fake ESC/POS network printer on 127.0.0.1 (a device must be a
// real character device) and decoded back into its dots.
const { contentFile, content } = basemapFixture()
/** The print button's words in Chinese, from the renderer's own strings. */
const PRINT_LABEL = t('zh-Hans', 'print', {}, 'print')
let host: KioskHost | undefined
let printer: FakeTcpPrinter | undefined
let work = ''
test.afterEach(async () => {
  await host?.stop()
  await printer?.close()
  host = undefined
  printer = undefined
  rmSync(work, { recursive: true, force: true })
})

/** Rows where one unbroken black run spans most of the paper: the map's frame and the rules. */
function fullWidthRows(slip: DecodedImage): number[] {
  const rows: number[] = []
  for (let y = 0; y < slip.height; y++) {
    let run = 0
    let best = 0
    for (let x = 0; x < slip.width; x++) {
      const black = (slip.bits[y * (slip.width / 8) + (x >> 3)]! >> (7 - (x & 7))) & 1
      run = black ? run + 1 : 0
      best = Math.max(best, run)
    }
    if (best >= slip.width * 0.9) rows.push(y)
  }
  return rows
}

for (const paperWidth of [80, 58] as const) {
  test(`the place slip shows the map of the walk on ${paperWidth} mm paper`, async ({ page }) => {
    work = mkdtempSync(join(tmpdir(), 'kiosk-e2e-map-slip-'))
    printer = await startFakeTcpPrinter()
    const dataDir = join(work, 'data')
    mkdirSync(dataDir)
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        printer: { kind: 'tcp', host: '127.0.0.1', port: printer.port, paperWidth },
      }),
    )
    host = await startKioskHost({
      contentFile,
      kioskNow: CAMPAIGN_NOW,
      dataDir,
      firstPinOnScreen: true,
    })
    await page.goto(host.url)
    const app = new KioskApp(page, content)
    const category = await new HomePage(app).openCategory('shelter-tonight')
    await category.openNearestPlace('overnight-warming-shelter')
    await page.getByRole('button', { name: PRINT_LABEL, exact: true }).tap()
    const slips = () => decodeEscposImages(printer?.received() ?? Buffer.alloc(0))
    await expect.poll(() => slips().length).toBe(1)
    const slip = slips()[0]!
    expect(slip.width).toBe(paperWidth === 80 ? 576 : 384)
    mkdirSync('test-results/map-screenshots', { recursive: true })
    writeFileSync(
      `test-results/map-screenshots/slip-${paperWidth}mm.png`,
      PNG.sync.write(imageToPng(slip)),
    )
    // The frame's top and bottom edges (3 dots each) plus the rule above the footer: three bands
    // of full-width rows, the frame's two the map's height apart (0.62 of the paper width).
    const rows = fullWidthRows(slip)
    const bands = rows.filter((y, i) => i === 0 || rows[i - 1] !== y - 1)
    expect(bands.length).toBeGreaterThanOrEqual(3)
    const height = bands[1]! - bands[0]!
    expect(Math.abs(height - (slip.width - 16) * 0.62)).toBeLessThan(6)
  })
}
