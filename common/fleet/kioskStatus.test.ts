import { describe, expect, it } from 'vitest'
import {
  KIOSK_STATUS_MAX_BYTES,
  kioskStatusPath,
  parseKioskStatus,
  type KioskStatus,
} from './kioskStatus'

const good: KioskStatus = {
  format: 1,
  kioskId: 'cc-rail-1',
  name: 'Changchun station, north hall',
  site: { id: 'cc-rail', name: '长春站' },
  groups: ['canary', 'stations'],
  appVersion: '0.9.0',
  content: { version: 12, sha256: 'a'.repeat(64), fellBack: false },
  highWaterMark: 12,
  rejectedVersions: [],
  lastInstall: {
    at: '2026-12-07T02:00:00.000Z',
    outcome: 'installed',
    reason: 'installed content version 12',
    contentVersion: 12,
    policy: 'automatic',
  },
  itemsPastReview: 3,
  printer: { state: 'paper-out', since: '2026-12-06T22:10:00.000Z' },
  errors24h: { total: 2, byArea: { printing: 2 } },
  dataFreeBytes: 1_000_000,
  uptimeSeconds: 3600,
  kioskClock: '2026-12-07T02:05:00.000Z',
  writtenAt: '2026-12-07T02:05:00.000Z',
}

describe('parseKioskStatus', () => {
  it('reads a well-formed status file back unchanged', () => {
    expect(parseKioskStatus(JSON.stringify(good))).toEqual({ ok: true, status: good })
    expect(kioskStatusPath('cc-rail-1')).toBe('KIOSK-STATUS/cc-rail-1.json')
  })

  it('names an unknown format as such, not as malformed', () => {
    const result = parseKioskStatus(JSON.stringify({ ...good, format: 2 }))
    expect(result).toMatchObject({ ok: false, unknownFormat: 2 })
    expect(!result.ok && result.reason).toMatch(/unknown status format 2/)
  })

  it('refuses malformed, oversized and partial files with the field named', () => {
    expect(parseKioskStatus('{"format":1,')).toMatchObject({ ok: false, reason: /not JSON/ })
    expect(parseKioskStatus(' '.repeat(KIOSK_STATUS_MAX_BYTES + 1))).toMatchObject({
      ok: false,
      reason: /larger than/,
    })
    const bad = { ...good, printer: { state: 'on-fire', since: null } }
    expect(parseKioskStatus(JSON.stringify(bad))).toMatchObject({
      ok: false,
      reason: /printer\.state/,
    })
    const extra = { ...good, visitorAnswers: ['x'] }
    expect(parseKioskStatus(JSON.stringify(extra))).toMatchObject({ ok: false })
  })
})
