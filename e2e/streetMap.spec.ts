import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { PNG } from 'pngjs'
import { WALK_COLOURS } from '../renderer/components/MapView/mapStyle'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { axeViolations, MIN_TARGET_PX } from './support/a11y'
import { basemapFixture, COMPUTED_WALK_PLACE } from './support/basemapFixture'
import { expect, LAYOUT, test, type Kiosk } from './support/fixtures'
import { LANGUAGES, tp, type Language } from './support/i18n'
import { CAMPAIGN_NOW } from './support/tour'

// Issue 21: the place page's street map, drawn by MapLibre (WebGL: SwiftShader in headless
// Chromium) over a made-up PMTiles extract, with the office's walk from the kiosk.
const { contentFile, content } = basemapFixture()
test.use({ contentFile, kioskNow: CAMPAIGN_NOW })

/** The nearest shelter from the railway station: the fixture draws an office walk to it. */
async function openShelter(kiosk: Kiosk, lang: Language) {
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  await new HomePage(app).shown()
  if (lang !== app.lang) await app.switchLanguage(lang)
  const category = await new HomePage(app).openCategory('shelter-tonight')
  return category.openNearestPlace('overnight-warming-shelter')
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))

/** How many pixels of the map's screenshot are (nearly) each colour of the walk. */
async function walkPixels(frame: Locator, file: string) {
  const png = PNG.sync.read(await frame.screenshot({ path: file }))
  const wanted = Object.entries(WALK_COLOURS).map(([name, c]) => ({ name, rgb: hex(c), n: 0 }))
  for (let i = 0; i < png.data.length; i += 4) {
    for (const w of wanted) {
      if (w.rgb.every((v, k) => Math.abs(v - png.data[i + k]!) <= 12)) w.n++
    }
  }
  return Object.fromEntries(wanted.map((w) => [w.name, w.n]))
}

/** Where each colour of the walk is in the map's screenshot, pixel by pixel. */
async function walkPoints(frame: Locator) {
  const png = PNG.sync.read(await frame.screenshot())
  const points = Object.fromEntries(
    Object.keys(WALK_COLOURS).map((name) => [name, [] as [number, number][]]),
  )
  const wanted = Object.entries(WALK_COLOURS).map(([name, c]) => ({ name, rgb: hex(c) }))
  for (let i = 0; i < png.data.length; i += 4) {
    const w = wanted.find((c) => c.rgb.every((v, k) => Math.abs(v - png.data[i + k]!) <= 12))
    if (w) points[w.name]!.push([(i / 4) % png.width, Math.floor(i / 4 / png.width)])
  }
  return points
}

const centre = (ps: [number, number][]): [number, number] => [
  ps.reduce((t, p) => t + p[0], 0) / ps.length,
  ps.reduce((t, p) => t + p[1], 0) / ps.length,
]
const near = (ps: [number, number][], [x, y]: [number, number], r: number) =>
  ps.filter((p) => Math.hypot(p[0] - x, p[1] - y) <= r).length

test('a place without an office route shows the walk the kiosk works out along the streets', async ({
  kiosk,
}) => {
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  await new HomePage(app).shown()
  await app.switchLanguage('en')
  const category = await new HomePage(app).openCategory('sudden-hardship')
  const place = await category.openNearestPlace(COMPUTED_WALK_PLACE)
  const summary = place.root.locator('.map-view__walk')
  await expect(summary).toHaveAttribute('data-walk', 'computed')
  await expect(summary).toContainText(tp('en', 'map.walkComputed'))
  await expect(summary).toContainText(/About \d+ minutes on foot/)
  const map = place.root.locator('[data-map="street"]')
  await expect(map).toHaveAttribute('data-map-state', 'painted')
  const at = await walkPoints(map.locator('.street-map__frame'))
  expect(at.line!.length, 'the walking line is drawn').toBeGreaterThan(300)
  const here = centre(at.here!)
  const there = centre(at.there!)
  // Along the made-up grid's streets: an L through a corner, not across the block diagonally.
  const corners = near(at.line!, [here[0], there[1]], 12) + near(at.line!, [there[0], here[1]], 12)
  expect(corners, 'the line turns at a street corner').toBeGreaterThan(20)
  const middle: [number, number] = [(here[0] + there[0]) / 2, (here[1] + there[1]) / 2]
  expect(near(at.line!, middle, 12), 'no line straight across the blocks').toBe(0)
})

// One test per orientation walks the three languages on one page: opening the kiosk and
// starting MapLibre (its code, its workers, SwiftShader) costs more than a language's checks.
// Each language goes home and opens the place again, so its map is a fresh one.
test(
  'the place page draws the street map with both ends and the walk, in every language',
  LAYOUT,
  async ({ kiosk }, testInfo) => {
    await kiosk.open()
    const app = new KioskApp(kiosk.page, content)
    await new HomePage(app).shown()
    for (const lang of LANGUAGES) {
      await test.step(lang, async () => {
        if (!(await app.screen('home').isVisible())) await app.home()
        if (lang !== app.lang) await app.switchLanguage(lang)
        const category = await new HomePage(app).openCategory('shelter-tonight')
        const place = await category.openNearestPlace('overnight-warming-shelter')
        const map = place.root.locator('[data-map="street"]')
        await expect(map, lang).toHaveAttribute('data-map-state', 'painted')
        const dir = 'test-results/map-screenshots'
        mkdirSync(dir, { recursive: true })
        const pixels = await walkPixels(
          map.locator('.street-map__frame'),
          `${dir}/${testInfo.project.name}-${lang}.png`,
        )
        expect(pixels.line, `the walking line is drawn (${lang})`).toBeGreaterThan(300)
        expect(pixels.here, `the you-are-here marker is drawn (${lang})`).toBeGreaterThan(150)
        expect(pixels.there, `the destination marker is drawn (${lang})`).toBeGreaterThan(150)
        await expect(map).toContainText(tp(lang, 'map.attribution'))
        await expect(place.root.locator('.map-view__walk')).toContainText(
          tp(lang, 'map.walkOffice'),
        )
        // Decorative: the canvas is hidden from assistive technology; the steps carry the words.
        await expect(map.locator('.street-map__canvas')).toHaveAttribute('aria-hidden', 'true')
        for (const name of ['map.zoomIn', 'map.zoomOut', 'map.wholeWay']) {
          const box = await map.getByRole('button', { name: tp(lang, name) }).boundingBox()
          expect(box!.width, `${name} (${lang})`).toBeGreaterThanOrEqual(MIN_TARGET_PX)
          expect(box!.height, `${name} (${lang})`).toBeGreaterThanOrEqual(MIN_TARGET_PX)
        }
        expect(await axeViolations(kiosk.page), `axe (${lang})`).toEqual([])
      })
    }
  },
)

test('one finger over the map scrolls the page; the buttons zoom and show the whole way again', async ({
  kiosk,
}) => {
  // The map runs under the kiosk's strict CSP: any violation or map error shows up here.
  const complaints: string[] = []
  kiosk.page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') complaints.push(msg.text())
  })
  kiosk.page.on('pageerror', (err) => complaints.push(err.message))
  const place = await openShelter(kiosk, 'en')
  const map = place.root.locator('[data-map="street"]')
  await expect(map).toHaveAttribute('data-map-state', 'painted')
  const canvas = map.locator('.maplibregl-canvas-container')
  // Drag-pan off: the browser keeps vertical and horizontal panning for the page.
  expect(await canvas.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-x pan-y')
  const frame = map.locator('.street-map__frame')
  const before = await walkPixels(frame, 'test-results/map-screenshots/zoom-before.png')
  await map.getByRole('button', { name: tp('en', 'map.zoomIn') }).tap()
  await map.getByRole('button', { name: tp('en', 'map.zoomIn') }).tap()
  await expect
    .poll(async () => (await walkPixels(frame, 'test-results/map-screenshots/zoom-in.png')).there)
    .toBeLessThan(before.there! / 2 + 1) // the destination left the frame or shrank out of it
  await map.getByRole('button', { name: tp('en', 'map.wholeWay') }).tap()
  await expect
    .poll(async () => (await walkPixels(frame, 'test-results/map-screenshots/zoom-back.png')).there)
    .toBeGreaterThan(150)
  expect(complaints.filter((c) => /Content Security Policy|street map|Error/i.test(c))).toEqual([])
})

/** The renderer's entries in the browser host's durable error log (`logs/errors.json`). */
function rendererLogEntries(dataDir: string): { message: string }[] {
  const file = join(dataDir, 'logs', 'errors.json')
  if (!existsSync(file)) return []
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    entries: { area: string; message: string }[]
  }
  return log.entries.filter((e) => e.area === 'renderer')
}

test('without WebGL the same page shows the sketch with the same ends and line, logged once', async ({
  kiosk,
  kioskHost,
}) => {
  await kiosk.page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (kind.startsWith('webgl')) return null
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest)
    } as typeof original
  })
  // Twice, each a fresh page load: each page reports once, the host writes it once in all.
  for (let load = 0; load < 2; load++) {
    const place = await openShelter(kiosk, 'zh-Hans')
    await expect(place.root.locator('[data-map="schematic"]')).toBeVisible()
    await expect(place.root.locator('[data-map="street"]')).toHaveCount(0)
    await expect(place.root.locator('.map-view__walk')).toContainText(
      tp('zh-Hans', 'map.walkOffice'),
    )
  }
  // The Electron shell keeps its data folder to itself; the browser host's is the fixture's.
  if (!kioskHost) return
  await expect
    .poll(() => rendererLogEntries(kioskHost.dataDir).map((e) => e.message))
    .toEqual([expect.stringMatching(/^street map unavailable: this screen cannot draw WebGL/)])
})
