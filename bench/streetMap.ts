import { join } from 'node:path'
import type { Browser, Page } from 'playwright'
import { writePlacesWithBasemap } from '../tools/basemap/placesWithBasemap'
import { BASE_CONTENT } from './dataset'
import { rssMb, startHost } from './host'
import { freshContext } from './pageProbe'
import type { Figure } from './results'
import { quantile, round } from './stats'

const BUDGET_P95_MS = 1500
const BUDGET_GROWTH = 0.1
const SECTION = 'street map'
const SHELTER = 'shelter-tonight'
const SITE = 'changchun-railway-station'

/** Home → the shelter need → its nearest place; ms from the place tap to the map painted. */
async function openPlaceWithMap(page: Page, needLabel: string): Promise<number> {
  await page.locator('.top-bar-nav .bar-button').nth(1).tap()
  await page.locator('[data-screen="home"] button.tile', { hasText: needLabel }).first().tap()
  const card = page.locator('[data-screen="category"] .place-card').first()
  await card.waitFor()
  const started = performance.now()
  await card.tap()
  await page.waitForSelector('[data-map="street"][data-map-state="painted"]', { timeout: 30_000 })
  return performance.now() - started
}

/**
 * The street map (issue 21): tap → place page with the map painted (WebGL, SwiftShader here), and
 * after `pages` place pages with a map opened and left, the JS heap, DOM nodes and live WebGL
 * canvases compared with after the first 10 — a map that leaked its context or tiles would grow.
 */
export async function benchStreetMap(
  root: string,
  browser: Browser,
  scratch: string,
  kioskNow: string,
  pages: number,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const { contentFile, content } = writePlacesWithBasemap(
    join(root, BASE_CONTENT),
    join(scratch, 'street-map'),
    SITE,
  )
  const needLabel = content.categories.find((c) => c.id === SHELTER)!.name['zh-Hans']
  const host = await startHost(root, { contentFile, kioskNow })
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(host.url)
    await page.waitForSelector('body[data-ready="true"] .tile', { timeout: 60_000 })
    const snapshot = async (n: number) => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const { metrics } = await cdp.send('Performance.getMetrics')
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
      const canvases = await page.locator('canvas').count()
      return {
        pages: n,
        jsHeapMb: round(metric('JSHeapUsedSize') / 2 ** 20, 2),
        domNodes: metric('Nodes'),
        canvases,
        hostRssMb: rssMb(host.pid),
      }
    }
    const times: number[] = []
    let first
    for (let k = 0; k < pages; k++) {
      times.push(await openPlaceWithMap(page, needLabel))
      if (k === 9) first = await snapshot(10)
    }
    // Leave the last place page so every map has been closed.
    await page.locator('.top-bar-nav .bar-button').nth(1).tap()
    await page.waitForSelector('[data-screen="home"]')
    const last = await snapshot(pages)
    const growth = first ? (last.jsHeapMb - first.jsHeapMb) / first.jsHeapMb : Number.NaN
    const p95 = quantile(times, 0.95)
    return {
      figures: [
        {
          section: SECTION,
          name: 'tap → place page with the street map painted, p95',
          value: round(p95),
          unit: 'ms',
          budget: `≤ ${BUDGET_P95_MS} ms`,
          pass: p95 <= BUDGET_P95_MS,
          note: `p50 ${round(quantile(times, 0.5))} ms over ${times.length} taps (SwiftShader)`,
        },
        {
          section: SECTION,
          name: `JS heap after ${pages} place pages with maps (vs after 10)`,
          value: `${first?.jsHeapMb ?? '?'} → ${last.jsHeapMb}`,
          unit: 'MB',
          budget: `growth ≤ ${BUDGET_GROWTH * 100} %`,
          pass: growth <= BUDGET_GROWTH,
        },
        {
          section: SECTION,
          name: `DOM nodes / live canvases after ${pages} place pages (map closed)`,
          value: `${last.domNodes} / ${last.canvases}`,
          unit: '',
          budget: 'no map canvas left',
          pass: last.canvases === 0,
        },
      ],
      raw: { first, last, times: times.map((t) => round(t)) },
    }
  } finally {
    await context.close()
    await host.stop()
  }
}
