// `npx tsx bench/heapDiff.ts [first] [middle] [last]`: the endurance section's visitors (same
// probe, same fake clock and idle reset), with a V8 heap snapshot after session `first` (10),
// `middle` (300) and `last` (600). Prints what is alive at the end that was not at the start, by constructor, with one
// retaining path for the largest groups. The tool behind docs/performance.md's endurance notes.
import { join, resolve } from 'node:path'
import { defaultSettings } from '../common/settings/schema'
import { launchChromium } from './browser'
import { BASE_CONTENT } from './dataset'
import { shown } from './endurance'
import { netGrowth, newObjects, retainerPath, takeHeapSnapshot } from './heapSnapshot'
import { startHost } from './host'
import { freshContext, type Probe } from './pageProbe'
import { isCount, toolArgs } from './toolArgs'

const KIOSK_NOW = '2021-01-20T10:00:00+08:00'
const USAGE = `Usage: npx tsx bench/heapDiff.ts [first] [middle] [last]
  Runs endurance visitors with heap snapshots after session first (10), middle (300) and
  last (600), and prints what is alive at the end that was not at the start.
  --help, -h   show this help`

const [first = 10, middle = 300, last = 600] = toolArgs(USAGE, (args) => {
  if (args.length > 3) return `Unexpected argument ${args[3]}`
  const bad = args.find((a) => !isCount(a))
  if (bad !== undefined) return `Not a session count: ${bad}`
  const [a = 10, b = 300, c = 600] = args.map(Number)
  return a < b && b < c ? undefined : 'The sessions must be in increasing order'
}).map(Number)

/** The first 25 groups, one line each: KB, count, group. */
function printRows(rows: { key: string; count: number; bytes: number }[]): void {
  for (const r of rows.slice(0, 25))
    console.log(
      `${(r.bytes / 1024).toFixed(1).padStart(8)} KB ${String(r.count).padStart(6)}  ${r.key.slice(0, 100)}`,
    )
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..')
  const settings = defaultSettings()
  const idleMs = (settings.idleSeconds + settings.stillThereSeconds + 2) * 1000
  const browser = await launchChromium()
  const host = await startHost(root, {
    contentFile: join(root, BASE_CONTENT),
    kioskNow: KIOSK_NOW,
  })
  try {
    const context = await freshContext(browser)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.clock.install()
    await page.goto(host.url)
    await shown(page, 'body[data-directory="in"] .tile', 60_000)
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const { metrics } = await cdp.send('Performance.getMetrics')
      const m = (n: string) => metrics.find((x) => x.name === n)?.value
      const dom = await page.evaluate(() => {
        const d = (
          globalThis as unknown as {
            document: {
              createTreeWalker(root: unknown, what: number): { nextNode(): unknown }
              head: {
                children: ArrayLike<{ tagName: string; getAttribute(n: string): string | null }>
              }
            }
          }
        ).document
        let n = 0
        const w = d.createTreeWalker(d, 0xffffffff)
        while (w.nextNode()) n++
        const head = Array.from(d.head.children).map(
          (e) => `${e.tagName}${e.getAttribute('rel') ? `[${e.getAttribute('rel')}]` : ''}`,
        )
        const counts: Record<string, number> = {}
        for (const h of head) counts[h] = (counts[h] ?? 0) + 1
        return `attached ${n + 1}, head ${JSON.stringify(counts)}`
      })
      return `${dom}; heap ${((m('JSHeapUsedSize') ?? 0) / 2 ** 20).toFixed(2)} MB, nodes ${m('Nodes')}, listeners ${m('JSEventListeners')}`
    }
    let before
    for (let k = 0; k < last; k++) {
      await page.evaluate(
        (n) => (globalThis as unknown as { __bench: Probe }).__bench.visitorSession(n),
        k,
      )
      await page.clock.runFor(idleMs)
      if (k + 1 === first || (k + 1) % 50 === 0) console.log(`after ${k + 1}: ${await counters()}`)
      if (k + 1 === first) before = await takeHeapSnapshot(cdp)
      if (k + 1 === middle && before) {
        const mid = await takeHeapSnapshot(cdp)
        console.log(`-- ${first} → ${middle}`)
        printRows(newObjects(before, mid).map(([key, g]) => ({ key, ...g })))
        console.log(`-- net ${first} → ${middle} (V8 objects only)`)
        printRows(netGrowth(before, mid).filter((x) => !x.key.startsWith('native blink')))
        before = mid
        console.log(`-- ${middle} → ${last}`)
      }
    }
    await shown(page, '[data-screen="attract"]', 10_000)
    console.log(`end: ${await counters()}`)
    const after = await takeHeapSnapshot(cdp)
    if (!before) throw new Error('no first snapshot')
    console.log(`-- net ${middle} → ${last} (V8 objects only)`)
    printRows(netGrowth(before, after).filter((x) => !x.key.startsWith('native blink')))
    const groups = newObjects(before, after)
    const total = groups.reduce((s, [, g]) => s + g.bytes, 0)
    console.log(`new objects alive at the end: ${(total / 1024).toFixed(1)} KB`)
    printRows(groups.map(([key, g]) => ({ key, ...g })))
    const domCount = (g: typeof after) => {
      let attached = 0
      let detachedCount = 0
      for (let i = 0; i < g.ids.length; i++) {
        if (g.detached[i] === 1) attached++
        if (g.detached[i] === 2) detachedCount++
      }
      return `attached ${attached}, detached ${detachedCount}`
    }
    console.log(`DOM in snapshots: first ${domCount(before)}; last ${domCount(after)}`)
    const oldIds = new Set(before.ids)
    const newDom = new Map<string, number>()
    for (let i = 0; i < after.ids.length; i++)
      if (after.detached[i] !== 0 && !oldIds.has(after.ids[i]!))
        newDom.set(
          `${after.detached[i]} ${after.names[i]!.slice(0, 60)}`,
          (newDom.get(`${after.detached[i]} ${after.names[i]!.slice(0, 60)}`) ?? 0) + 1,
        )
    console.log(
      'new DOM nodes (1 attached, 2 detached):',
      [...newDom].sort((a, b) => b[1] - a[1]).slice(0, 30),
    )
    const detached = new Map<string, number[]>()
    for (let i = 0; i < after.ids.length; i++) {
      if (after.detached[i] !== 2) continue
      const key = after.names[i]!.slice(0, 50)
      detached.set(key, [...(detached.get(key) ?? []), i])
    }
    console.log(
      `detached DOM at the end: ${[...detached.values()].reduce((s, l) => s + l.length, 0)}`,
    )
    for (const [key, list] of [...detached].sort((a, b) => b[1].length - a[1].length).slice(0, 15))
      console.log(`  ${String(list.length).padStart(5)}  ${key}`)
    for (const [key, list] of [...detached].sort((a, b) => b[1].length - a[1].length).slice(0, 4)) {
      console.log(`\n== detached ${key}`)
      for (const line of retainerPath(after, list[0]!)) console.log(`   ${line}`)
    }
    for (const [key, g] of groups.slice(0, 12)) {
      console.log(`\n== ${key}`)
      for (const line of retainerPath(after, g.sample[g.sample.length - 1]!))
        console.log(`   ${line}`)
    }
    await context.close()
  } finally {
    await host.stop()
    await browser.close()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
