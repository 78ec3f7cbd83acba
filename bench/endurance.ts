import type { Browser, CDPSession, Page } from 'playwright'
import { defaultSettings } from '../common/settings/schema'
import { rssMb, type BenchHost } from './host'
import { freshContext, type Probe } from './pageProbe'
import type { Figure } from './results'
import { round } from './stats'

const BUDGET_GROWTH = 0.1

interface Snapshot {
  sessions: number
  jsHeapMb: number
  domNodes: number
  attachedElements: number
  listeners: number
  hostRssMb: number
}

async function snapshot(
  page: Page,
  cdp: CDPSession,
  host: BenchHost,
  sessions: number,
): Promise<Snapshot> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
  const attachedElements = await page.evaluate(
    () =>
      (
        globalThis as unknown as {
          document: { getElementsByTagName(t: string): { length: number } }
        }
      ).document.getElementsByTagName('*').length,
  )
  return {
    sessions,
    jsHeapMb: metric('JSHeapUsedSize') / 2 ** 20,
    domNodes: metric('Nodes'),
    attachedElements,
    listeners: metric('JSEventListeners'),
    hostRssMb: rssMb(host.pid),
  }
}

/**
 * Endurance: `sessions` scripted visitors, each ended by the real idle path — the fake clock is
 * run past the idle time and the "Still there?" countdown, so the kiosk's own timers reset the
 * session to the attract screen. JS heap, DOM nodes and host RSS are taken (after forced GC)
 * after the first 10 sessions and after all of them.
 */
export async function benchEndurance(
  browser: Browser,
  host: BenchHost,
  sessions: number,
  deadlineMs: number,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const settings = defaultSettings()
  const idleMs = (settings.idleSeconds + settings.stillThereSeconds + 2) * 1000
  const context = await freshContext(browser)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.clock.install()
  const started = performance.now()
  const problems: string[] = []
  let first: Snapshot | undefined
  let middle: Snapshot | undefined
  let done = 0
  try {
    // The fake clock also drives requestAnimationFrame, so wait on the app's own ready signal.
    await page.goto(host.url)
    await page.waitForSelector('body[data-ready="true"] .tile', { timeout: 60_000 })
    for (let k = 0; k < sessions; k++) {
      if (performance.now() - started > deadlineMs) break
      const report = await page.evaluate(
        (n) => (globalThis as unknown as { __bench: Probe }).__bench.visitorSession(n),
        k,
      )
      if (k > 0 && report.startedOn !== 'attract')
        problems.push(`session ${k} began on ${report.startedOn}`)
      if (report.langAtStart !== settings.defaultLanguage)
        problems.push(`session ${k} began in ${report.langAtStart}`)
      await page.clock.runFor(idleMs)
      done = k + 1
      if (done === 10) first = await snapshot(page, cdp, host, done)
      if (done === sessions / 2) middle = await snapshot(page, cdp, host, done)
    }
    await page.waitForSelector('[data-screen="attract"]', { timeout: 10_000 })
    const last = await snapshot(page, cdp, host, done)
    return {
      figures: figures(first, middle, last, sessions, problems),
      raw: {
        first,
        middle,
        last,
        problems: problems.slice(0, 20),
        seconds: round((performance.now() - started) / 1000),
      },
    }
  } finally {
    await context.close()
  }
}

function figures(
  first: Snapshot | undefined,
  middle: Snapshot | undefined,
  last: Snapshot,
  planned: number,
  problems: string[],
): Figure[] {
  const section = 'endurance'
  const growth = (a: number | undefined, b: number) => (a === undefined ? Number.NaN : b / a - 1)
  const growthFigure = (
    name: string,
    key: keyof Snapshot,
    unit: string,
    budget: boolean,
  ): Figure[] => {
    const g = growth(first?.[key], last[key])
    return [
      {
        section,
        name: `${name} after 10 → after ${last.sessions}`,
        value: `${round(first?.[key] ?? Number.NaN)} → ${round(last[key])}`,
        unit,
      },
      {
        section,
        name: `${name} growth`,
        value: round(g * 100, 1),
        unit: '%',
        ...(budget ? { budget: `≤ ${BUDGET_GROWTH * 100}%`, pass: g <= BUDGET_GROWTH } : {}),
      },
    ]
  }
  return [
    {
      section,
      name: 'visitor sessions ended by idle reset',
      value: last.sessions,
      unit: `of ${planned}`,
      ...(last.sessions < planned ? { note: 'stopped at the time limit' } : {}),
    },
    {
      section,
      name: 'sessions that did not reset cleanly',
      value: problems.length,
      unit: '',
      budget: '0',
      pass: problems.length === 0,
    },
    ...growthFigure('JS heap', 'jsHeapMb', 'MB', true),
    {
      section,
      name: `JS heap growth, second half (${middle?.sessions ?? '?'} → ${last.sessions})`,
      value: round(growth(middle?.jsHeapMb, last.jsHeapMb) * 100, 1),
      unit: '%',
      note: 'steady-state slope: warm-up (JIT, caches) is over by then',
    },
    ...growthFigure('DOM nodes (incl. detached)', 'domNodes', '', true),
    ...growthFigure('host process RSS', 'hostRssMb', 'MB', true),
  ]
}
