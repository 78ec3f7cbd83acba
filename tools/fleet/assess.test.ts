import { describe, expect, it } from 'vitest'
import { assessFleet, attentionFor, parseDuration, type AttentionCode } from './assess'
import type { SeenPackage } from './readFleet'
import { sampleStatus } from './sampleStatus'

const NOW = new Date('2026-12-07T02:00:00.000Z')
const TWO_HOURS = 2 * 3_600_000
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString()
const codes = (status: ReturnType<typeof sampleStatus>, packages: SeenPackage[] = []) =>
  attentionFor(status, NOW, TWO_HOURS, packages).map((a) => a.code)

describe('attentionFor', () => {
  it('a healthy kiosk heard from 10 minutes ago needs nothing', () => {
    expect(codes(sampleStatus('k1', at(10)))).toEqual([])
  })

  it.each<[string, Parameters<typeof sampleStatus>[2], AttentionCode]>([
    [
      'rolled back',
      {
        lastInstall: {
          at: at(30),
          outcome: 'rolled-back',
          reason: 'home did not report ready',
          contentVersion: 13,
        },
      },
      'rolled-back',
    ],
    [
      'install failed',
      { lastInstall: { at: at(30), outcome: 'failed', reason: 'disk full', contentVersion: 13 } },
      'install-failed',
    ],
    [
      'refused a newer package',
      {
        lastInstall: { at: at(30), outcome: 'refused', reason: 'unknown key', contentVersion: 13 },
      },
      'install-refused',
    ],
    ['fell back', { content: { version: 12, sha256: null, fellBack: true } }, 'fell-back'],
    ['out of paper', { printer: { state: 'paper-out', since: at(300) } }, 'paper-out'],
    ['printer offline', { printer: { state: 'offline', since: at(60) } }, 'printer-unreachable'],
    ['printer timeout', { printer: { state: 'timeout', since: null } }, 'printer-unreachable'],
    ['items past review', { itemsPastReview: 3 }, 'past-review'],
    ['screen clock 6 min ahead', { kioskClock: at(4) }, 'clock-off'],
  ])('%s', (_, overrides, code) => {
    const got = attentionFor(sampleStatus('k1', at(10), overrides), NOW, TWO_HOURS, [])
    expect(got.map((a) => a.code)).toEqual([code])
    // Said in both languages, each non-empty.
    expect(got[0]?.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(got[0]?.en).toMatch(/[a-z]/)
  })

  it('a refused replay of an older package is routine, not a problem', () => {
    const status = sampleStatus('k1', at(10), {
      lastInstall: {
        at: at(30),
        outcome: 'refused',
        reason: 'already installed',
        contentVersion: 11,
      },
    })
    expect(codes(status)).toEqual([])
  })

  it('paper low still prints: no visit needed', () => {
    expect(
      codes(sampleStatus('k1', at(10), { printer: { state: 'paper-low', since: null } })),
    ).toEqual([])
  })

  it('silence is counted from writtenAt against --offline-after', () => {
    expect(codes(sampleStatus('k1', at(119)))).toEqual([])
    const silent = attentionFor(sampleStatus('k1', at(26 * 60)), NOW, TWO_HOURS, [])
    expect(silent.map((a) => a.code)).toEqual(['silent'])
    expect(silent[0]?.en).toBe('silent for 1 d 2 h')
  })

  it('a status written more than 5 minutes in the future is a fast machine clock', () => {
    expect(codes(sampleStatus('k1', at(-4)))).toEqual([])
    const ahead = attentionFor(sampleStatus('k1', at(-180)), NOW, TWO_HOURS, [])
    expect(ahead.map((a) => a.code)).toEqual(['future-dated'])
    expect(ahead[0]?.en).toMatch(/3 h 0 min in the future/)
  })

  it('content behind the newest package meant for it, by id or group', () => {
    const status = sampleStatus('k1', at(10), { groups: ['canary'] })
    expect(codes(status, [{ file: 'a', contentVersion: 13 }])).toEqual(['content-behind'])
    expect(codes(status, [{ file: 'a', contentVersion: 13, targets: ['group:canary'] }])).toEqual([
      'content-behind',
    ])
    expect(codes(status, [{ file: 'a', contentVersion: 13, targets: ['k1'] }])).toEqual([
      'content-behind',
    ])
    // A package for other kiosks or groups does not make this one late.
    expect(
      codes(status, [{ file: 'a', contentVersion: 13, targets: ['group:stations', 'k2'] }]),
    ).toEqual([])
    expect(codes(status, [{ file: 'a', contentVersion: 12 }])).toEqual([])
  })

  it('says when the newest package was rejected here after a failed health check', () => {
    const status = sampleStatus('k1', at(10), { rejectedVersions: [13] })
    const [behind] = attentionFor(status, NOW, TWO_HOURS, [{ file: 'a', contentVersion: 13 }])
    expect(behind?.en).toBe(
      'content v12, newest package v13 (rejected here after a failed health check)',
    )
  })
})

describe('assessFleet', () => {
  it('lists kiosks needing attention first, most reasons first, then by id', () => {
    const report = assessFleet(
      {
        statuses: [
          { file: 'a.json', status: sampleStatus('a-ok', at(5)) },
          {
            file: 'z.json',
            status: sampleStatus('z-paper', at(5), {
              printer: { state: 'paper-out', since: null },
            }),
          },
          { file: 'm.json', status: sampleStatus('m-two', at(500), { itemsPastReview: 1 }) },
          { file: 'b.json', status: sampleStatus('b-ok', at(5)) },
        ],
        problems: [],
        packages: [],
      },
      NOW,
      TWO_HOURS,
    )
    expect(report.kiosks.map((k) => k.kioskId)).toEqual(['m-two', 'z-paper', 'a-ok', 'b-ok'])
    expect(report.needsAttention).toBe(true)
    expect(report.newestPackage).toBeNull()
  })

  it('an all-healthy fleet needs nothing; a duplicate file alone does not either', () => {
    const input = {
      statuses: [{ file: 'a.json', status: sampleStatus('a', at(5)) }],
      problems: [{ file: 'old/a.json', kind: 'duplicate' as const, reason: 'newer elsewhere' }],
      packages: [{ file: 'KIOSK-UPDATE/manifest.json', contentVersion: 12 }],
    }
    const report = assessFleet(input, NOW, TWO_HOURS)
    expect(report.needsAttention).toBe(false)
    expect(report.newestPackage).toEqual({
      contentVersion: 12,
      file: 'KIOSK-UPDATE/manifest.json',
      signatureChecked: false,
    })
    const broken = {
      ...input,
      problems: [{ file: 'b.json', kind: 'malformed' as const, reason: 'not JSON' }],
    }
    expect(assessFleet(broken, NOW, TWO_HOURS).needsAttention).toBe(true)
  })
})

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['45m', 2_700_000],
    ['45', 2_700_000],
    ['2h', 7_200_000],
    ['1.5h', 5_400_000],
    ['1d', 86_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', 'two hours', '0h', '-1h', '2w'])('refuses %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  )
})
