import { describe, expect, it } from 'vitest'
import { isNightTime, nightScheduleSchema } from './nightSchedule'
import { defaultSettings, settingsSchema } from './schema'

/** A moment given as China wall-clock time (UTC+8). */
const china = (hhmm: string) => new Date(`2026-03-01T${hhmm}:00+08:00`)

describe('night schedule', () => {
  it('handles an overnight range: start inclusive, end exclusive', () => {
    const night = { from: '22:00', to: '06:30' }
    expect(isNightTime(night, china('21:59'))).toBe(false)
    expect(isNightTime(night, china('22:00'))).toBe(true)
    expect(isNightTime(night, china('00:00'))).toBe(true)
    expect(isNightTime(night, china('06:29'))).toBe(true)
    expect(isNightTime(night, china('06:30'))).toBe(false)
    expect(isNightTime(night, china('12:00'))).toBe(false)
  })

  it('handles a range within one day', () => {
    const night = { from: '01:00', to: '05:00' }
    expect(isNightTime(night, china('00:59'))).toBe(false)
    expect(isNightTime(night, china('03:00'))).toBe(true)
    expect(isNightTime(night, china('05:00'))).toBe(false)
    expect(isNightTime(night, china('23:00'))).toBe(false)
  })

  it('reads the China wall clock, not UTC, and is never night without a schedule', () => {
    // 15:00 UTC is 23:00 in Changchun.
    expect(isNightTime({ from: '22:00', to: '06:00' }, new Date('2026-03-01T15:00:00Z'))).toBe(true)
    expect(isNightTime({ from: '22:00', to: '06:00' }, new Date('2026-03-01T15:00:00Z'), 0)).toBe(
      false,
    )
    expect(isNightTime(undefined, china('23:00'))).toBe(false)
  })

  it('refuses malformed times and an empty range, naming the field', () => {
    for (const bad of [
      { from: '24:00', to: '06:00' },
      { from: '7:00', to: '06:00' },
      { from: '22:60', to: '06:00' },
      { from: '22:00' },
    ]) {
      expect(nightScheduleSchema.safeParse(bad).success).toBe(false)
    }
    const same = nightScheduleSchema.safeParse({ from: '22:00', to: '22:00' })
    expect(same.success).toBe(false)
    expect(same.error?.issues[0]?.path).toEqual(['to'])
  })

  it('is an optional setting: absent by default, kept when valid, refused when not', () => {
    expect(defaultSettings().nightSchedule).toBeUndefined()
    const ok = settingsSchema.safeParse({ nightSchedule: { from: '23:00', to: '05:00' } })
    expect(ok.data?.nightSchedule).toEqual({ from: '23:00', to: '05:00' })
    const bad = settingsSchema.safeParse({ nightSchedule: { from: '23:00', to: 'late' } })
    expect(bad.error?.issues[0]?.path).toEqual(['nightSchedule', 'to'])
  })
})
