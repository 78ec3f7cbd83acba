import type { Browser } from 'playwright'
import type { BenchHost } from './host'
import { freshContext, openAndTimeReady, type StartupBreakdown } from './pageProbe'
import type { Figure } from './results'
import { median, round } from './stats'
import { startBareServer, startReactFloorServer } from './staticServer'

const BUDGET_RATIO = 1.5

async function coldStart(
  browser: Browser,
  url: string,
): Promise<{ readyMs: number; breakdown: StartupBreakdown }> {
  const context = await freshContext(browser)
  try {
    return await openAndTimeReady(await context.newPage(), url)
  } finally {
    await context.close()
  }
}

/**
 * Start-up: navigation start → home interactive (body[data-ready] + first tile painted and its
 * label presented on screen, see page/probe.js), median of `runs` cold starts in fresh contexts,
 * interleaved with the same measurement of a bare static page and of the React floor (the same
 * page drawn by React, bench/page/reactFloor.js) in the same Chromium. One unrecorded warm-up of
 * each first, so none pays for the browser process's own first page. The React floor is context,
 * not a budget: what loading, compiling and running React alone costs here, which no React
 * renderer can start below.
 */
export async function benchStartup(
  browser: Browser,
  host: BenchHost,
  runs: number,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const bare = await startBareServer()
  const react = await startReactFloorServer().catch(async (err: unknown) => {
    await bare.close()
    throw err
  })
  try {
    await coldStart(browser, bare.url)
    await coldStart(browser, react.url)
    await coldStart(browser, host.url)
    const kiosk: number[] = []
    const baseline: number[] = []
    const reactFloor: number[] = []
    const breakdowns: StartupBreakdown[] = []
    for (let i = 0; i < runs; i++) {
      baseline.push((await coldStart(browser, bare.url)).readyMs)
      reactFloor.push((await coldStart(browser, react.url)).readyMs)
      const run = await coldStart(browser, host.url)
      kiosk.push(run.readyMs)
      breakdowns.push(run.breakdown)
    }
    const medianOf = (key: string) =>
      round(median(breakdowns.map((b) => b[key] ?? Number.NaN).filter(Number.isFinite)))
    const breakdown = Object.fromEntries(
      Object.keys(breakdowns[0] ?? {}).map((k) => [k, medianOf(k)]),
    )
    const ratio = median(kiosk) / median(baseline)
    const section = 'start-up'
    return {
      figures: [
        {
          section,
          name: `kiosk home interactive (median of ${runs})`,
          value: round(median(kiosk)),
          unit: 'ms',
        },
        {
          section,
          name: 'bare static page, same Chromium',
          value: round(median(baseline)),
          unit: 'ms',
        },
        {
          section,
          name: 'React floor: the same page drawn by React, same Chromium',
          value: round(median(reactFloor)),
          unit: 'ms',
        },
        {
          section,
          name: 'ratio React floor / bare page (what React alone costs here)',
          value: round(median(reactFloor) / median(baseline), 2),
          unit: '×',
        },
        {
          section,
          name: 'ratio kiosk / bare page',
          value: round(ratio, 2),
          unit: '×',
          budget: `≤ ${BUDGET_RATIO}×`,
          pass: ratio <= BUDGET_RATIO,
        },
        {
          section,
          name: 'browser host process start → ready line',
          value: round(host.startMs),
          unit: 'ms',
        },
      ],
      raw: {
        kioskMs: kiosk.map((v) => round(v)),
        bareMs: baseline.map((v) => round(v)),
        reactFloorMs: reactFloor.map((v) => round(v)),
        kioskBreakdownMedianMs: breakdown,
      },
    }
  } finally {
    await bare.close()
    await react.close()
  }
}
