// `npx tsx bench/one.ts <section> [count]`: runs one browser section of the bench on its own
// (after `node scripts/build.mjs`), prints its figures and writes its raw samples to
// bench/one-<section>.json (gitignored). For measuring one change before and after without the
// whole 6-minute run; `npm run bench` stays the figure of record.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchChromium } from './browser'
import { benchContentScale } from './contentScale'
import { BASE_CONTENT } from './dataset'
import { benchEndurance } from './endurance'
import { startHost } from './host'
import { describeMachine } from './machine'
import { formatTable } from './results'
import { benchStartup } from './startup'
import { benchTapLatency } from './tapLatency'
import { isCount, toolArgs } from './toolArgs'

const KIOSK_NOW = '2021-01-20T10:00:00+08:00'
const SECTIONS = ['startup', 'taps', 'endurance', 'scale'] as const
type Name = (typeof SECTIONS)[number]

const USAGE = `Usage: npx tsx bench/one.ts <${SECTIONS.join('|')}> [count]
  startup [7]        start-up: kiosk, bare page and React floor, that many cold starts each
  taps [200]         the tap-latency walk, that many taps
  endurance [1000]   the endurance run, that many visitor sessions (at most 180 s)
  scale [10000]      content scale at these sizes, comma-separated (100,10000 gives the ratio)
  --help, -h         show this help`

const [name, countArg] = toolArgs(USAGE, ([section, counts, ...rest]) => {
  if (!SECTIONS.includes(section as Name)) return `Unknown section ${section ?? '(none)'}`
  if (rest.length > 0) return `Unexpected argument ${rest[0]}`
  const list = counts?.split(',') ?? []
  if (list.some((c) => !isCount(c)) || (section !== 'scale' && list.length > 1))
    return `Not a count: ${counts}`
  return undefined
})
const count = countArg === undefined ? undefined : Number(countArg)
const sizes = countArg?.split(',').map(Number)

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..')
  const scratch = mkdtempSync(join(tmpdir(), 'kiosk-bench-one-'))
  const browser = await launchChromium()
  const load = describeMachine(undefined).loadAverage
  try {
    const withHost = async <T>(run: (h: Awaited<ReturnType<typeof startHost>>) => Promise<T>) => {
      const host = await startHost(root, {
        contentFile: join(root, BASE_CONTENT),
        kioskNow: KIOSK_NOW,
      })
      try {
        return await run(host)
      } finally {
        await host.stop()
      }
    }
    const result =
      name === 'startup'
        ? await withHost((h) => benchStartup(browser, h, count ?? 7))
        : name === 'taps'
          ? await withHost((h) => benchTapLatency(browser, h, count ?? 200))
          : name === 'endurance'
            ? await withHost((h) => benchEndurance(browser, h, count ?? 1000, 180_000))
            : await benchContentScale(root, browser, scratch, sizes ?? [10_000], KIOSK_NOW)
    console.log(`load ${load} → ${describeMachine(undefined).loadAverage}`)
    console.log(formatTable(result.figures))
    writeFileSync(join(root, 'bench', `one-${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
  } finally {
    await browser.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
