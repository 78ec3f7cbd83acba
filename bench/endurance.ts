import type { Browser, CDPSession, Page } from 'playwright'
import { defaultSettings } from '../common/settings/schema'
import { heapComposition, takeHeapSnapshot } from './heapSnapshot'
import { rssMb, type BenchHost } from './host'
import { freshContext, type Probe } from './pageProbe'
import type { Figure } from './results'
import { round } from './stats'

const BUDGET_GROWTH = 0.1
/** Counters are also taken every this many sessions, to show where growth stops. */
const CHECK_EVERY = 100

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

/** What the V8 heap holds at a checkpoint, from a heap snapshot (see heapComposition). */
interface Composition {
  sessions: number
  codeMb: number
  objectsMb: number
}

/**
 * Endurance: `sessions` scripted visitors, each ended by the real idle path — the fake clock is
 * run past the idle time and the "Still there?" countdown, so the kiosk's own timers reset the
 * session to the attract screen. JS heap, DOM nodes and host RSS are taken (after forced GC)
 * after the first 10 sessions, every CHECK_EVERY sessions and after the last; a heap snapshot
 * after session 10 and after the last splits the JS heap into compiled code and objects.
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
  const checkpoints: Snapshot[] = []
  const composition: Composition[] = []
  const compose = async (n: number) =>
    composition.push({ sessions: n, ...heapComposition(await takeHeapSnapshot(cdp)) })
  let done = 0
  try {
    // The fake clock also drives requestAnimationFrame, so wait on the app's own ready signal.
    await page.goto(host.url)
    await shown(page, 'body[data-directory="in"] .tile', 60_000)
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
      if (done === 10 || done % CHECK_EVERY === 0) {
        checkpoints.push(await snapshot(page, cdp, host, done))
        if (done === 10) await compose(done)
      }
    }
    await shown(page, '[data-screen="attract"]', 10_000)
    if (checkpoints.at(-1)?.sessions !== done)
      checkpoints.push(await snapshot(page, cdp, host, done))
    await compose(done)
    return {
      figures: figures(checkpoints, composition, sessions, problems),
      raw: {
        checkpoints,
        composition,
        problems: problems.slice(0, 20),
        seconds: round((performance.now() - started) / 1000),
      },
    }
  } finally {
    await context.close()
  }
}

/**
 * Waits until `selector` matches. A page function, not waitForSelector: the element handle
 * that returns would keep that element (and the screen around it) alive for the whole run.
 */
export function shown(page: Page, selector: string, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    (s) =>
      (
        globalThis as unknown as { document: { querySelector(s: string): unknown } }
      ).document.querySelector(s) !== null,
    selector,
    { timeout },
  )
}

/** The checkpoint closest to half-way through the sessions that ran (the second half's start). */
export function halfway<T extends { sessions: number }>(checkpoints: readonly T[]): T | undefined {
  const last = checkpoints.at(-1)
  if (!last) return undefined
  const half = last.sessions / 2
  return [...checkpoints]
    .filter((c) => c.sessions < last.sessions)
    .sort((a, b) => Math.abs(a.sessions - half) - Math.abs(b.sessions - half))[0]
}

function figures(
  checkpoints: Snapshot[],
  composition: Composition[],
  planned: number,
  problems: string[],
): Figure[] {
  const section = 'endurance'
  const first = checkpoints.find((c) => c.sessions === 10)
  const last = checkpoints.at(-1)!
  const middle = halfway(checkpoints)
  const growth = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? Number.NaN : b / a - 1
  const percent = (g: number) => round(g * 100, 1)
  const budgeted = (g: number) => ({
    budget: `≤ ${BUDGET_GROWTH * 100}%`,
    pass: g <= BUDGET_GROWTH,
  })
  const growthFigures = (name: string, key: keyof Snapshot, unit: string): Figure[] => {
    const g = growth(first?.[key], last[key])
    return [
      {
        section,
        name: `${name} after 10 → after ${last.sessions}`,
        value: `${round(first?.[key] ?? Number.NaN)} → ${round(last[key])}`,
        unit,
      },
      { section, name: `${name} growth`, value: percent(g), unit: '%', ...budgeted(g) },
      {
        section,
        name: `${name} growth, second half (${middle?.sessions ?? '?'} → ${last.sessions})`,
        value: percent(growth(middle?.[key], last[key])),
        unit: '%',
        note: 'after the caches have filled (see docs/performance.md)',
      },
    ]
  }
  const codeFirst = composition.find((c) => c.sessions === 10)
  const codeLast = composition.at(-1)
  const objectsGrowth = growth(codeFirst?.objectsMb, codeLast?.objectsMb)
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
    ...growthFigures('JS heap', 'jsHeapMb', 'MB'),
    {
      section,
      name: `JS heap: compiled code after 10 → after ${codeLast?.sessions ?? '?'} (snapshot)`,
      value: `${round(codeFirst?.codeMb ?? Number.NaN, 2)} → ${round(codeLast?.codeMb ?? Number.NaN, 2)}`,
      unit: 'MB',
      note: 'bytecode and optimised code, at most one per function of the app',
    },
    {
      section,
      name: `JS heap: everything but compiled code, 10 → ${codeLast?.sessions ?? '?'} (snapshot)`,
      value: `${round(codeFirst?.objectsMb ?? Number.NaN, 2)} → ${round(codeLast?.objectsMb ?? Number.NaN, 2)}`,
      unit: 'MB',
    },
    {
      section,
      name: 'JS heap without compiled code, growth',
      value: percent(objectsGrowth),
      unit: '%',
      ...budgeted(objectsGrowth),
    },
    ...growthFigures('DOM nodes (incl. detached)', 'domNodes', ''),
    ...growthFigures('host process RSS', 'hostRssMb', 'MB').slice(0, 2),
  ]
}
