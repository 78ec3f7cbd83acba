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

/**
 * Bands of rows inside the map (between `top` and `bottom`) holding a long thin horizontal line
 * (at least a fifth of the paper, at most 4 dots thick once printed): streets. The walk (5–7 dots), the scale
 * bar (5) and the frame are thicker or outside; text has no such long runs.
 */
function thinLineBands(slip: DecodedImage, top: number, bottom: number): number[] {
  const black = (x: number, y: number) =>
    (slip.bits[y * (slip.width / 8) + (x >> 3)]! >> (7 - (x & 7))) & 1
  const thickness = (x: number, y: number) => {
    let up = y
    let down = y
    while (black(x, up - 1)) up--
    while (black(x, down + 1)) down++
    return down - up + 1
  }
  const rows: number[] = []
  for (let y = top + 4; y < bottom - 3; y++) {
    let start = -1
    for (let x = 4; x <= slip.width - 4; x++) {
      const on = x < slip.width - 4 && black(x, y) === 1
      if (on && start < 0) start = x
      if (!on && start >= 0) {
        const length = x - start
        const thin = [0.25, 0.5, 0.75].map((f) => thickness(start + Math.floor(length * f), y))
        if (length >= slip.width / 5 && Math.min(...thin) <= 4) {
          rows.push(y)
          break
        }
        start = -1
      }
    }
  }
  return rows.filter((y, i) => i === 0 || rows[i - 1] !== y - 1)
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
    const place = await category.openNearestPlace('overnight-warming-shelter')
    // The street map waits for the walking graph; once it is up, the slip has the streets too.
    await expect(place.root.locator('[data-map="street"]')).toBeVisible()
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
    // The frame's top and bottom edges (3 dots each), the map's height apart (0.62 of the paper
    // width), the rule above the footer: bands of full-width rows. Between the frame's edges, the
    // made-up grid's east-west streets: thin lines across the map.
    const rows = fullWidthRows(slip)
    const bands = rows.filter((y, i) => i === 0 || rows[i - 1] !== y - 1)
    const mapHeight = (slip.width - 16) * 0.62
    const top = bands.find((y) => bands.some((b) => Math.abs(b - y - mapHeight) < 6))
    expect(top, 'the map frame is printed').toBeDefined()
    const bottom = bands.find((b) => Math.abs(b - top! - mapHeight) < 6)!
    expect(
      bands.some((y) => y > bottom),
      'the footer rule is printed',
    ).toBe(true)
    const streets = thinLineBands(slip, top!, bottom)
    expect(streets.length, 'streets are drawn across the map').toBeGreaterThanOrEqual(2)
  })
}
