import { describe, expect, it } from 'vitest'
import { addDays, chinaDay, chinaIso, chinaMinute, wallClock } from './chinaTime'

describe('China time', () => {
  it('turns over the day at midnight in China, not in UTC', () => {
    expect(chinaDay(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01')
    expect(chinaDay(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02')
  })

  it('writes instants with the +08:00 offset and reads them back for staff', () => {
    const at = new Date('2026-03-01T08:05:06.789Z')
    expect(chinaIso(at)).toBe('2026-03-01T16:05:06+08:00')
    expect(chinaIso(at, 'milliseconds')).toBe('2026-03-01T16:05:06.789+08:00')
    expect(Date.parse(chinaIso(at, 'milliseconds'))).toBe(at.getTime())
    expect(chinaMinute('2026-03-01T08:05:06Z')).toBe('2026-03-01 16:05')
    expect(chinaMinute('not a time')).toBe('not a time')
  })

  it('moves calendar days across months and years, and takes another offset when asked', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(wallClock(new Date('2026-03-01T00:00:00Z'), 60).getUTCHours()).toBe(1)
  })
})

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2027-02-06', -30)).toBe('2027-01-07')
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})
