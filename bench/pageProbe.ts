import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright'
import { KIOSK_VIEWPORT } from './browser'

/** The in-page measurement script (see page/probe.js). */
export const PROBE_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'page', 'probe.js')

/** One tap as the probe saw it: times in ms from pointerdown. */
export type TapRecord =
  | {
      navigated: true
      from: string
      to: string
      /** pointerdown, in ms since navigation start. */
      at: number
      /** pointerdown → pointerup: how long the driver (or finger) held the press. */
      upMs: number
      /** pointerdown → click: when the app was first told to act. */
      clickMs: number
      commitMs: number
      paintMs: number
    }
  | { navigated: false; from: string }

export interface ScrollRecord {
  gaps?: number[]
  scrollable?: number
  error?: string
}

/** What page/probe.js puts on window.__bench. */
export type StartupBreakdown = Record<string, number | undefined>

export interface Probe {
  readyAt?: number
  /** When the content's directory was in and painted (a page without one never sets it). */
  directoryAt?: number
  breakdown?: StartupBreakdown
  taps: TapRecord[]
  pending?: unknown
  scroll(selector: string, frames: number, stepPx: number): Promise<ScrollRecord>
  visitorSession(k: number): Promise<SessionReport>
}

/** What one scripted visitor did (page/probe.js `visitorSession`). */
export interface SessionReport {
  startedOn: string
  langAtStart: string
  visited: string[]
}

/** A fresh, cache-less browser context with a portrait touch screen and the probe installed. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: KIOSK_VIEWPORT,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  await context.addInitScript({ path: PROBE_SCRIPT })
  return context
}

// Page functions are serialized by Playwright and run in the page, where `globalThis` is the
// window; they must not use anything from this module's scope. (String expressions would be
// refused by the kiosk's CSP, which forbids eval.)

/**
 * Opens `url` and resolves with the probe's start-up time: ms from navigation start until the
 * frame showing body[data-ready] with a visible .tile was painted and the tile's label had been
 * presented (Element Timing), and where the time went. On the kiosk it then waits until the
 * content's directory is in (asked for after home; a visitor's taps come after it) and gives
 * that time too; a page without one (the reference pages) has `directoryMs` undefined.
 */
export async function openAndTimeReady(
  page: Page,
  url: string,
): Promise<{ readyMs: number; directoryMs: number | undefined; breakdown: StartupBreakdown }> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => (globalThis as unknown as { __bench?: Probe }).__bench?.readyAt,
    null,
    { timeout: 60_000 },
  )
  await page.waitForFunction(
    () => {
      const page = globalThis as unknown as {
        __bench: Probe
        document: { body: { dataset: Record<string, string | undefined> } }
      }
      return (
        page.document.body.dataset.directory === undefined || page.__bench.directoryAt !== undefined
      )
    },
    null,
    { timeout: 60_000 },
  )
  const probe = await page.evaluate(() => {
    const p = (globalThis as unknown as { __bench: Probe }).__bench
    return {
      readyMs: p.readyAt ?? Number.NaN,
      directoryMs: p.directoryAt,
      breakdown: p.breakdown ?? {},
    }
  })
  return probe
}

/** How many taps the probe has recorded so far. */
export const tapCount = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { __bench: Probe }).__bench.taps.length)

/** Waits until the probe has recorded tap number `index` (0-based) and returns it. */
export async function waitForTap(page: Page, index: number): Promise<TapRecord> {
  const handle = await page.waitForFunction(
    (i) => (globalThis as unknown as { __bench: Probe }).__bench.taps[i],
    index,
    { timeout: 10_000 },
  )
  return (await handle.jsonValue()) as TapRecord
}

/** Runs the probe's scripted scroll of `selector` and returns the frame gaps. */
export const scrollFrames = (page: Page, selector: string, frames: number, stepPx: number) =>
  page.evaluate(
    ([s, f, p]) => (globalThis as unknown as { __bench: Probe }).__bench.scroll(s, f, p),
    [selector, frames, stepPx] as const,
  )
