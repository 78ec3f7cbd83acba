import { join } from 'node:path'
import type { Browser, CDPSession, Page } from 'playwright'
import { writePlacesWithBasemap } from '../tools/basemap/placesWithBasemap'
import { BASE_CONTENT } from './dataset'
import { rssMb, startHost } from './host'
import { freshContext } from './pageProbe'
import type { Figure } from './results'
import { quantile, round } from './stats'
import { watchWorkerHeaps } from './workerHeap'

const BUDGET_P95_MS = 1500
const BUDGET_GROWTH = 0.1
const SECTION = 'street map'
const SHELTER = 'shelter-tonight'
const SITE = 'changchun-railway-station'
/** At most this many nearest places of the need, taken in turn so the maps show other streets. */
const PLACES_IN_TURN = 3
/** Chromium's warning when a page keeps more WebGL contexts than it allows (16): a leak. */
const CONTEXT_TROUBLE = /too many active webgl contexts|context lost/i

// Waits use locators, never page.waitForSelector: that returns an element handle, and each
// handle kept (the old version of this bench kept one per page) holds the closed place page's
// whole DOM — a "growing DOM" that was the bench's own, not the map's.

const CARDS = '[data-screen="category"] .place-card'

/** Taps place card `k` of the list and resolves with ms from the tap to the map painted. */
async function openPlaceWithMap(page: Page, k: number): Promise<number> {
  const card = page.locator(CARDS).nth(k)
  await card.waitFor()
  const started = performance.now()
  await card.tap()
  await page.locator('[data-map="street"][data-map-state="painted"]').waitFor({ timeout: 60_000 })
  return performance.now() - started
}

/** Back to the list: the place page and its map are unmounted. */
async function closePlace(page: Page): Promise<void> {
  await page.locator('.top-bar-nav .bar-button').first().tap()
  await page.locator(CARDS).first().waitFor()
}

type Snapshot = Awaited<ReturnType<typeof takeSnapshot>>

/** After forced GC, on the list with every map closed: page heap, DOM nodes, canvases, worker. */
async function takeSnapshot(
  page: Page,
  cdp: CDPSession,
  workerHeapMb: () => Promise<number[]>,
  hostPid: number,
  pages: number,
) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
  const workers = await workerHeapMb()
  return {
    pages,
    jsHeapMb: round(metric('JSHeapUsedSize') / 2 ** 20, 2),
    domNodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    canvases: await page.locator('canvas').count(),
    workerHeapMb: round(
      workers.reduce((a, b) => a + b, 0),
      2,
    ),
    workers: workers.length,
    hostRssMb: rssMb(hostPid),
  }
}

/**
 * The street map (issue 21): tap → place page with the map painted (WebGL, SwiftShader here),
 * and after `pages` place pages with a map opened, painted and closed (Back to the list, the
 * three nearest places in turn), the JS heap, DOM nodes (detached included), live canvases,
 * Chromium's WebGL context warnings and MapLibre's worker heap, against after the first 10 — a
 * map that leaked its context, tiles or DOM would grow. Every page waits for the full paint (a
 * map closed half-loaded would exercise other code than a visitor's); on a busy machine fewer
 * than `pages` fit in `deadlineMs`, and the figure says how many ran.
 */
export async function benchStreetMap(
  root: string,
  browser: Browser,
  scratch: string,
  kioskNow: string,
  pages: number,
  deadlineMs: number,
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
    const contextTrouble: string[] = []
    page.on('console', (msg) => {
      if (CONTEXT_TROUBLE.test(msg.text())) contextTrouble.push(msg.text())
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const workerHeapMb = await watchWorkerHeaps(cdp)
    const snapshot = (n: number) => takeSnapshot(page, cdp, workerHeapMb, host.pid, n)
    await page.goto(host.url)
    await page.locator('body[data-directory="in"] .tile').first().waitFor({ timeout: 60_000 })
    await page.locator('[data-screen="home"] button.tile', { hasText: needLabel }).first().tap()
    await page.locator(CARDS).first().waitFor()
    const inTurn = Math.min(PLACES_IN_TURN, await page.locator(CARDS).count())
    const started = performance.now()
    const times: number[] = []
    let first: Snapshot | undefined
    let middle: Snapshot | undefined
    for (let k = 0; k < pages; k++) {
      if (k >= 10 && performance.now() - started > deadlineMs) break
      times.push(await openPlaceWithMap(page, k % inTurn))
      await closePlace(page)
      if (k === 9) first = await snapshot(10)
      if (k + 1 === Math.floor(pages / 2)) middle = await snapshot(k + 1)
    }
    const last = await snapshot(times.length)
    return {
      figures: figures(times, first, middle, last, pages, contextTrouble),
      raw: {
        first,
        middle,
        last,
        contextTrouble: contextTrouble.slice(0, 5),
        seconds: round((performance.now() - started) / 1000),
        times: times.map((t) => round(t)),
      },
    }
  } finally {
    await context.close()
    await host.stop()
  }
}

function figures(
  times: number[],
  first: Snapshot | undefined,
  middle: Snapshot | undefined,
  last: Snapshot,
  planned: number,
  contextTrouble: string[],
): Figure[] {
  const p95 = quantile(times, 0.95)
  const growth = (key: 'jsHeapMb' | 'domNodes' | 'workerHeapMb', from = first) =>
    from === undefined ? Number.NaN : last[key] / from[key] - 1
  const grown = (name: string, key: 'jsHeapMb' | 'domNodes' | 'workerHeapMb', unit: string) => {
    const g = growth(key)
    const half = middle && middle.pages < last.pages ? growth(key, middle) : undefined
    return {
      section: SECTION,
      name: `${name} after 10 → after ${last.pages} place pages with maps`,
      value: `${first?.[key] ?? '?'} → ${last[key]}`,
      unit,
      budget: `growth ≤ ${BUDGET_GROWTH * 100} %`,
      pass: g <= BUDGET_GROWTH,
      note:
        `${round(g * 100, 1)} %` +
        (half === undefined ? '' : `; ${middle!.pages} → ${last.pages}: ${round(half * 100, 1)} %`),
    }
  }
  return [
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
      name: 'place pages with a map opened, painted and closed',
      value: last.pages,
      unit: `of ${planned}`,
      ...(last.pages < planned ? { note: 'stopped at the time limit' } : {}),
    },
    grown('JS heap', 'jsHeapMb', 'MB'),
    grown('DOM nodes (incl. detached)', 'domNodes', ''),
    grown('MapLibre worker heap', 'workerHeapMb', 'MB'),
    {
      section: SECTION,
      name: 'live canvases / WebGL context warnings after the last map closed',
      value: `${last.canvases} / ${contextTrouble.length}`,
      unit: '',
      budget: '0 / 0',
      pass: last.canvases === 0 && contextTrouble.length === 0,
    },
  ]
}
