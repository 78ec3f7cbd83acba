import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { captureIO } from '../testIO'
import { statsCommand } from '../commands/stats'
import { mergeExports, readExports } from './mergeExports'
import { kioskTotals } from './reportHtml'
import { sampleExport, writeSample, writeThreeKioskFleet } from './sampleExports'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stats-merge-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

describe('merging exports', () => {
  it('counts the same kiosk and day once, from the newest export', () => {
    const older = sampleExport('rail-1', [{ day: '2026-01-20', hours: { '9': { session: 2 } } }], {
      exportedAt: '2026-01-20T10',
    })
    const newer = sampleExport(
      'rail-1',
      [
        { day: '2026-01-20', hours: { '9': { session: 5 } } },
        { day: '2026-01-21', hours: { '9': { session: 1 } } },
      ],
      { exportedAt: '2026-01-21T18', contentVersion: 4 },
    )
    const other = sampleExport('bus-1', [{ day: '2026-01-20', hours: { '9': { session: 7 } } }])
    const merged = mergeExports([
      { file: 'b.json', data: newer },
      { file: 'a.json', data: older },
      { file: 'c.json', data: other },
      { file: 'copy-of-c.json', data: other },
    ])
    expect(merged.map((k) => k.kioskId)).toEqual(['bus-1', 'rail-1'])
    const [bus, rail] = merged
    expect(kioskTotals(bus!).session).toBe(7)
    expect(kioskTotals(rail!).session).toBe(6)
    expect(rail!.contentVersion).toBe(4)
    expect(rail!.duplicates).toBe(1)
    expect(bus!.duplicates).toBe(1)
  })

  it('counts a day folded into a month only inside the month', () => {
    const daily = sampleExport('rail-1', [{ day: '2025-01-05', hours: { '9': { session: 3 } } }], {
      exportedAt: '2025-01-06T10',
    })
    const folded = sampleExport('rail-1', [], {
      months: [{ month: '2025-01', days: ['2025-01-05', '2025-01-06'], counts: { session: 4 } }],
    })
    const [rail] = mergeExports([
      { file: 'a.json', data: daily },
      { file: 'b.json', data: folded },
    ])
    expect(rail!.days).toEqual([])
    expect(kioskTotals(rail!).session).toBe(4)
  })

  it('skips a damaged or foreign file and names it, and reads the rest', async () => {
    const good = await writeSample(dir, 'ok.json', sampleExport('rail-1', []))
    const broken = await writeSample(dir, 'broken.json', '{"format": "relief-kiosk-st')
    const foreign = await writeSample(dir, 'foreign.json', { format: 'something-else' })
    const { exports, skipped } = await readExports([dir, join(dir, 'missing')], dir)
    expect(exports.map((e) => e.file)).toEqual([good])
    expect(skipped).toEqual([
      { file: broken, reason: expect.stringMatching(/^not readable JSON/) },
      { file: foreign, reason: expect.stringMatching(/^not a kiosk stats export: format/) },
      { file: join(dir, 'missing'), reason: 'no such file or folder' },
    ])
  })
})

describe('kiosk-content stats merge', () => {
  it('writes one report from three sticks and names the damaged file', async () => {
    const sticks = await writeThreeKioskFleet(dir)
    const io = captureIO(dir)
    const code = await statsCommand.run(['merge', ...sticks, '--out', 'report.html'], io)
    expect(code).toBe(0)
    expect(io.stderr).toEqual([
      expect.stringMatching(/^skipped .*stick-c\/KIOSK-STATS\/broken\.json: not readable JSON/),
    ])
    expect(io.stdout).toEqual(['wrote report.html: 3 kiosk(s) from 4 export file(s)'])
    const html = await readFile(join(dir, 'report.html'), 'utf8')
    expect(html).toMatch(
      /<section class="block" data-scope="total">[\s\S]*?data-counter="session">17</,
    )
    expect(html).not.toMatch(/<script|https?:\/\/|<link/i)
    expect(html).toContain(
      'hall-1,changchun-railway-station,3,2026-01-21,,view:category:unpaid-wages,4',
    )
  })

  it('refuses to run without folders or --out', async () => {
    const io = captureIO(dir)
    expect(await statsCommand.run(['merge', dir], io)).toBe(2)
    expect(await statsCommand.run(['summarize'], io)).toBe(2)
    expect(io.stderr[0]).toMatch(/usage: kiosk-content stats merge/)
  })

  it('fails when no export can be read', async () => {
    const io = captureIO(dir)
    expect(await statsCommand.run(['merge', dir, '--out', 'r.html'], io)).toBe(1)
    expect(io.stderr).toEqual(['no kiosk stats exports found; nothing written'])
  })
})

describe('counters that come back in update receipts', () => {
  it('reads the stats inside a receipt in KIOSK-UPDATE/results and skips a receipt without them', async () => {
    const results = join(dir, 'KIOSK-UPDATE', 'results')
    await mkdir(results, { recursive: true })
    const stats = sampleExport('hall-9', [{ day: '2026-11-30', hours: { '10': { session: 3 } } }])
    const receipt = { outcome: 'installed', contentVersion: 8, stats }
    await writeFile(join(results, 'hall-9-a.json'), JSON.stringify(receipt))
    await writeFile(join(results, 'hall-9-b.json'), JSON.stringify({ outcome: 'refused' }))
    const { exports, skipped } = await readExports([dir], dir)
    expect(exports.map((e) => e.data.kioskId)).toEqual(['hall-9'])
    expect(skipped).toEqual([
      { file: join(results, 'hall-9-b.json'), reason: 'an update receipt without usage counters' },
    ])
  })
})
