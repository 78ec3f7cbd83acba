import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../cli'
import type { FleetReport } from '../fleet/assess'
import { csvCell } from '../fleet/fleetHtml'
import { sampleStatus } from '../fleet/sampleStatus'
import { captureIO } from '../testIO'

const NOW = '2026-12-07T10:00:00+08:00'
let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fleet-cmd-'))
  mkdirSync(join(root, 'share', 'KIOSK-STATUS'), { recursive: true })
  vi.stubEnv('KIOSK_NOW', NOW)
})
afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(root, { recursive: true, force: true })
})

const minutesAgo = (n: number) => new Date(Date.parse(NOW) - n * 60_000).toISOString()
function put(name: string, text: string): void {
  writeFileSync(join(root, 'share', 'KIOSK-STATUS', name), text)
}
async function fleet(...args: string[]) {
  const io = captureIO(root)
  const code = await main(['fleet', ...args], io)
  return { code, io }
}

describe('kiosk-content fleet', () => {
  it('exits 0 and says all is well when every kiosk is healthy', async () => {
    put('a.json', JSON.stringify(sampleStatus('a', minutesAgo(5))))
    put('b.json', JSON.stringify(sampleStatus('b', minutesAgo(20))))
    const { code, io } = await fleet('share')
    expect(code).toBe(0)
    expect(io.stdout.at(-1)).toBe('2 kiosk(s), 0 need attention, 0 status file(s) not used')
    expect(io.stderr).toEqual([])
  })

  it('exits 1 and lists the kiosk needing a visit first', async () => {
    put('a.json', JSON.stringify(sampleStatus('a', minutesAgo(5))))
    put('z.json', JSON.stringify(sampleStatus('z', minutesAgo(5), { itemsPastReview: 2 })))
    const { code, io } = await fleet('share')
    expect(code).toBe(1)
    expect(io.stdout[0]).toBe('ATTENTION z v12 — 2 items past their review date')
    expect(io.stdout[1]).toMatch(/^ok +a v12$/)
  })

  it('--offline-after decides when a quiet kiosk is silent', async () => {
    put('a.json', JSON.stringify(sampleStatus('a', minutesAgo(90))))
    expect((await fleet('share')).code).toBe(0)
    const { code, io } = await fleet('share', '--offline-after', '1h')
    expect(code).toBe(1)
    expect(io.stdout[0]).toContain('silent for 1 h 30 min')
  })

  it('a malformed or future-dated file never crashes it: both are named, exit 1', async () => {
    put('a.json', JSON.stringify(sampleStatus('a', minutesAgo(5))))
    put('broken.json', '{"format":1,"kioskId":')
    put('future.json', JSON.stringify(sampleStatus('future', minutesAgo(-240))))
    const { code, io } = await fleet('share', '--json')
    expect(code).toBe(1)
    const report = JSON.parse(io.stdout.join('\n')) as FleetReport
    expect(report.needsAttention).toBe(true)
    expect(report.kiosks.map((k) => [k.kioskId, k.attention.map((a) => a.code)])).toEqual([
      ['future', ['future-dated']],
      ['a', []],
    ])
    expect(report.files).toEqual([
      {
        file: join('share', 'KIOSK-STATUS', 'broken.json'),
        kind: 'malformed',
        reason: expect.stringMatching(/not JSON/),
      },
    ])
  })

  it('--out writes an offline bilingual HTML report and a CSV beside it', async () => {
    put('a.json', JSON.stringify(sampleStatus('a', minutesAgo(5), { name: '<b>北 "hall"</b>' })))
    put(
      'p.json',
      JSON.stringify(
        sampleStatus('p', minutesAgo(5), { printer: { state: 'paper-out', since: null } }),
      ),
    )
    const { code, io } = await fleet('share', '--out', 'reports/fleet.html')
    expect(code).toBe(1)
    expect(io.stdout[0]).toBe(
      '已写出 reports/fleet.html 和 reports/fleet.csv / wrote reports/fleet.html and reports/fleet.csv',
    )
    const html = readFileSync(join(root, 'reports', 'fleet.html'), 'utf8')
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).not.toMatch(/(src|href)=|url\(|@import|<script/i)
    expect(html).toContain('打印机缺纸')
    expect(html).toContain('printer out of paper')
    expect(html).toContain('&lt;b&gt;北 &quot;hall&quot;&lt;/b&gt;')
    expect(html.indexOf('data-kiosk="p"')).toBeLessThan(html.indexOf('data-kiosk="a"'))
    const csv = readFileSync(join(root, 'reports', 'fleet.csv'), 'utf8')
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toMatch(/^kiosk_id,name,site,groups,content_version,needs_attention,/)
    expect(lines[1]).toMatch(/^p,Kiosk p,长春站,,12,yes,paper-out,打印机缺纸,printer out of paper,/)
    expect(lines[2]).toMatch(/^a,"<b>北 ""hall""<\/b>",/)
  })

  it('misuse exits 2 with the reason', async () => {
    expect((await fleet()).code).toBe(2)
    const bad = await fleet('share', '--offline-after', 'soon')
    expect(bad.code).toBe(2)
    expect(bad.io.stderr[0]).toContain('--offline-after "soon" is not a duration')
    expect((await fleet('share', '--out', 'fleet.pdf')).code).toBe(2)
    expect((await fleet('share', '--colour')).code).toBe(2)
  })

  it('no status files at all is not "all well"', async () => {
    const { code, io } = await fleet('nowhere')
    expect(code).toBe(1)
    expect(io.stdout).toContain('file nowhere: unreadable: no such folder')
    const empty = await fleet('share')
    expect(empty.code).toBe(1)
    expect(empty.io.stdout).toEqual(['0 kiosk(s), 0 need attention, 0 status file(s) not used'])
  })
})

describe('csvCell', () => {
  it('quotes separators and defuses spreadsheet formulas from untrusted names', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell(-30)).toBe('-30')
    expect(csvCell(undefined)).toBe('')
  })
})
