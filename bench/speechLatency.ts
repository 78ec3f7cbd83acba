import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright'
import type { BenchHost } from './host'
import { freshContext, openAndTimeReady } from './pageProbe'
import type { Figure } from './results'
import { max, quantile, round } from './stats'

/** A visitor must hear the focused item start within this (issue 26), bundled engine included. */
const BUDGET_P95_MS = 1_000

type Probe = { keyAt: number; audioAt: number[] }

const SPEECH_PROBE = join(dirname(fileURLToPath(import.meta.url)), 'page', 'speechProbe.js')

/** Presses `key` and waits for the first sound after it; returns the delay in ms. */
async function pressToAudio(page: Page, key: string, timeoutMs: number): Promise<number> {
  const before = await page.evaluate(
    () => (globalThis as unknown as { __speechBench: Probe }).__speechBench.audioAt.length,
  )
  await page.keyboard.press(key)
  const handle = await page.waitForFunction(
    (n) => {
      const p = (globalThis as unknown as { __speechBench: Probe }).__speechBench
      const at = p.audioAt[n]
      return at === undefined ? false : at - p.keyAt
    },
    before,
    { timeout: timeoutMs },
  )
  return Number(await handle.jsonValue())
}

async function measure(
  browser: Browser,
  host: BenchHost,
  presses: number,
  fakeVoice: boolean,
): Promise<{ cold: number; warm: number[] }> {
  const context = await freshContext(browser)
  if (fakeVoice) await context.addInitScript({ content: 'window.__speechBenchFakeVoice = true' })
  await context.addInitScript({ path: SPEECH_PROBE })
  const page = await context.newPage()
  try {
    await openAndTimeReady(page, host.url)
    // The first key turns audio mode on: the bundled engine's worker starts and compiles here.
    const cold = await pressToAudio(page, 'h', 60_000)
    const warm: number[] = []
    for (let i = 0; i < presses; i++) {
      warm.push(await pressToAudio(page, i % 2 === 0 ? 'ArrowDown' : 'ArrowUp', 20_000))
    }
    return { cold, warm }
  } finally {
    await context.close()
  }
}

/**
 * Key press → first audio in audio mode: focus moves by arrow keys and each move is spoken.
 * Measured with the bundled espeak-ng engine (what a kiosk without system voices uses) and with
 * a system voice (a recorder: the OS's own start-up delay is not the app's and is not counted).
 */
export async function benchSpeechLatency(
  browser: Browser,
  host: BenchHost,
  presses: number,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const bundled = await measure(browser, host, presses, false)
  const voice = await measure(browser, host, presses, true)
  const section = 'speech latency'
  const p95 = quantile(bundled.warm, 0.95)
  return {
    figures: [
      {
        section,
        name: 'bundled engine: first key → first audio (worker start, cold)',
        value: round(bundled.cold),
        unit: 'ms',
      },
      {
        section,
        name: 'bundled engine: p50 key press → first audio',
        value: round(quantile(bundled.warm, 0.5)),
        unit: 'ms',
      },
      {
        section,
        name: 'bundled engine: p95 key press → first audio',
        value: round(p95),
        unit: 'ms',
        budget: `≤ ${BUDGET_P95_MS} ms`,
        pass: p95 <= BUDGET_P95_MS,
      },
      {
        section,
        name: 'bundled engine: max key press → first audio',
        value: round(max(bundled.warm)),
        unit: 'ms',
      },
      {
        section,
        name: 'system voice: p95 key press → speak()',
        value: round(quantile(voice.warm, 0.95)),
        unit: 'ms',
      },
    ],
    raw: { bundled, voice },
  }
}
