import { describe, expect, it } from 'vitest'
import { holidayDay } from './holidays'
import { openingState as openingStateOn, parseOpeningHours, type DayKind } from './openingHours'

// The library's holidays unless a test passes its own calendar.
const openingState = (spec: string | undefined, at: Date, offset?: number, dayKind?: DayKind) =>
  openingStateOn(spec, at, dayKind ?? holidayDay, offset)

/** A China-time wall clock reading: 2026-11-23 is a Monday. */
const china = (isoLocal: string) => new Date(`${isoLocal}+08:00`)
const MON = '2026-11-23'
const TUE = '2026-11-24'
const SAT = '2026-11-28'
const SUN = '2026-11-29'

describe('parseOpeningHours', () => {
  it('reads 24/7 as open all day every day', () => {
    const parsed = parseOpeningHours('24/7')
    expect(parsed.ok && parsed.rules).toEqual(Array(7).fill([{ start: 0, end: 1440 }]))
  })

  it('reads weekday ranges, lists and several time ranges', () => {
    const parsed = parseOpeningHours('Mo-Fr 08:00-12:00,13:30-17:00; Sa,Su 09:00-11:00')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.rules[1]).toEqual([
      { start: 480, end: 720 },
      { start: 810, end: 1020 },
    ])
    expect(parsed.rules[6]).toEqual([{ start: 540, end: 660 }])
    expect(parsed.rules[0]).toEqual([{ start: 540, end: 660 }])
  })

  it('lets a later rule replace an earlier one for the same day', () => {
    const parsed = parseOpeningHours('Mo-Su 08:00-17:00; We off; Fr 10:00-12:00')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.rules[3]).toEqual([])
    expect(parsed.rules[5]).toEqual([{ start: 600, end: 720 }])
    expect(parsed.rules[4]).toEqual([{ start: 480, end: 1020 }])
  })

  it('wraps weekday ranges over the weekend', () => {
    const parsed = parseOpeningHours('Fr-Mo 10:00-14:00')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.rules.map((d) => d.length)).toEqual([1, 1, 0, 0, 0, 1, 1])
  })

  it('moves the end of an overnight range into the next day', () => {
    const parsed = parseOpeningHours('Mo-Su 20:00-08:00')
    expect(parsed.ok && parsed.rules[2]).toEqual([{ start: 1200, end: 1920 }])
  })

  it('reads PH rules as the public-holiday hours', () => {
    const off = parseOpeningHours('Mo-Fr 08:30-17:00; PH off')
    expect(off.ok && off.publicHolidays).toEqual([])
    const short = parseOpeningHours('Mo-Fr 08:30-17:00; PH 09:00-12:00')
    expect(short.ok && short.publicHolidays).toEqual([{ start: 540, end: 720 }])
    const none = parseOpeningHours('Mo-Fr 08:30-17:00')
    expect(none.ok && 'publicHolidays' in none).toBe(false)
  })

  it.each([
    ['', 'no regular opening hours (only public holidays or nothing)'],
    ['PH off', 'no regular opening hours (only public holidays or nothing)'],
    [
      'Mo-Fx 08:00-12:00',
      'rule 1 "Mo-Fx 08:00-12:00": "Mo-Fx" is not a weekday or weekday range (use Mo Tu We Th Fr Sa Su)',
    ],
    ['Mo-Fr 8am-5pm', 'rule 1 "Mo-Fr 8am-5pm": "8am-5pm" is not a time range like 08:30-17:00'],
    [
      'Mo-Fr 08:00-25:61',
      'rule 1 "Mo-Fr 08:00-25:61": "08:00-25:61" is not a time range like 08:30-17:00',
    ],
    [
      'Sa off; Mo-Fr 09:00-09:00',
      'rule 2 "Mo-Fr 09:00-09:00": "09:00-09:00" starts and ends at the same time',
    ],
    ['Mo-Fr', 'rule 1 "Mo-Fr": no times given (add times such as 08:30-17:00, or "off")'],
    ['sometimes', 'rule 1 "sometimes": "sometimes" is not a time range like 08:30-17:00'],
  ])('rejects %j with a message naming the rule', (spec, error) => {
    expect(parseOpeningHours(spec)).toEqual({ ok: false, error })
  })
})

describe('openingState', () => {
  const office = 'Mo-Fr 08:30-11:30,13:00-17:00'

  it('is always open for 24/7 and for every day 00:00-24:00', () => {
    expect(openingState('24/7', china(`${MON}T03:00:00`))).toEqual({ kind: 'always' })
    expect(openingState('Mo-Su 00:00-24:00', china(`${MON}T03:00:00`))).toEqual({ kind: 'always' })
  })

  it('is open with the closing time during opening hours', () => {
    expect(openingState(office, china(`${MON}T09:00:00`))).toEqual({
      kind: 'open',
      closesAt: '11:30',
    })
  })

  it('gives the next opening during a lunch break', () => {
    expect(openingState(office, china(`${MON}T12:00:00`))).toEqual({
      kind: 'closed',
      opensAt: { weekday: 1, time: '13:00', inDays: 0 },
    })
  })

  it('treats the closing minute as closed', () => {
    expect(openingState(office, china(`${MON}T17:00:00`)).kind).toBe('closed')
  })

  it('skips the weekend to Monday morning', () => {
    expect(openingState(office, china(`${SAT}T10:00:00`))).toEqual({
      kind: 'closed',
      opensAt: { weekday: 1, time: '08:30', inDays: 2 },
    })
  })

  it('judges the day in China time, not UTC', () => {
    // 01:00 on Tuesday in China is still Monday 17:00 UTC.
    expect(openingState('Tu 00:00-02:00', china(`${TUE}T01:00:00`))).toEqual({
      kind: 'open',
      closesAt: '02:00',
    })
    expect(openingState('Tu 00:00-02:00', china(`${TUE}T01:00:00`), 0).kind).toBe('closed')
  })

  it('handles overnight ranges after midnight and before the evening', () => {
    const shelter = 'Mo-Su 20:00-08:00'
    expect(openingState(shelter, china(`${TUE}T06:00:00`))).toEqual({
      kind: 'open',
      closesAt: '08:00',
    })
    expect(openingState(shelter, china(`${TUE}T21:00:00`))).toEqual({
      kind: 'open',
      closesAt: '08:00',
    })
    expect(openingState(shelter, china(`${TUE}T12:00:00`))).toEqual({
      kind: 'closed',
      opensAt: { weekday: 2, time: '20:00', inDays: 0 },
    })
  })

  it('keeps a Friday night range open into Saturday even when Saturday is off', () => {
    const spec = 'Mo-Fr 20:00-02:00; Sa,Su off'
    expect(openingState(spec, china(`${SAT}T01:00:00`))).toEqual({
      kind: 'open',
      closesAt: '02:00',
    })
    expect(openingState(spec, china(`${SUN}T01:00:00`))).toEqual({
      kind: 'closed',
      opensAt: { weekday: 1, time: '20:00', inDays: 1 },
    })
  })

  it('shows a range ending at midnight as closing at 24:00', () => {
    expect(openingState('Mo-Su 22:00-24:00', china(`${MON}T23:00:00`))).toEqual({
      kind: 'open',
      closesAt: '24:00',
    })
  })

  it('is closed without a next opening when every day is off', () => {
    expect(openingState('Mo-Su off', china(`${MON}T10:00:00`))).toEqual({ kind: 'closed' })
  })

  it('is unknown, never closed, for missing or unreadable hours', () => {
    expect(openingState(undefined, china(`${MON}T10:00:00`))).toEqual({ kind: 'unknown' })
    expect(openingState('ask at the gate', china(`${MON}T10:00:00`))).toEqual({ kind: 'unknown' })
    expect(openingState('24/7', new Date('not a date'))).toEqual({ kind: 'unknown' })
  })
})

describe('openingState on public holidays (China, from tyme4ts)', () => {
  const office = 'Mo-Fr 08:30-17:00'
  // 2026: National Day holiday 1–7 October (Thu–Wed); Saturday 10 October is a make-up working day.
  it('shows a weekday office closed on a statutory holiday, opening after it', () => {
    expect(openingState(office, china('2026-10-01T10:00:00'))).toEqual({
      kind: 'closed',
      holiday: '国庆节',
      opensAt: { weekday: 4, time: '08:30', inDays: 7 },
    })
  })

  it('opens a weekday office on a make-up Saturday with its weekday hours', () => {
    expect(openingState(office, china('2026-10-10T10:00:00'))).toEqual({
      kind: 'open',
      closesAt: '17:00',
    })
    // An ordinary Saturday stays closed.
    expect(openingState(office, china('2026-10-17T10:00:00'))).toMatchObject({ kind: 'closed' })
  })

  it('uses PH hours when the content gives them', () => {
    const spec = `${office}; PH 09:00-12:00`
    expect(openingState(spec, china('2026-10-02T10:00:00'))).toEqual({
      kind: 'open',
      closesAt: '12:00',
    })
  })

  it('keeps places open every day open on holidays', () => {
    expect(openingState('24/7', china('2026-10-01T10:00:00'))).toEqual({ kind: 'always' })
    expect(openingState('Mo-Su 08:00-20:00', china('2026-10-01T10:00:00'))).toEqual({
      kind: 'open',
      closesAt: '20:00',
    })
  })

  it('says holiday hours are unknown in a year without a published schedule (2027)', () => {
    // 5 February 2027 is a Friday, the day before the Spring Festival.
    expect(openingState(office, china('2027-02-05T10:00:00'))).toEqual({
      kind: 'open',
      closesAt: '17:00',
      holidaysUnknown: true,
    })
    expect(openingState('24/7', china('2027-02-05T10:00:00'))).toEqual({ kind: 'always' })
  })

  it('takes the holiday calendar as a parameter, so any year can be tested', () => {
    const everyMondayOff = (day: string) =>
      new Date(`${day}T00:00:00Z`).getUTCDay() === 1
        ? ({ kind: 'holiday', name: 'test', known: true } as const)
        : ({ kind: 'ordinary', known: true } as const)
    expect(openingState(office, china(`${MON}T10:00:00`), 480, everyMondayOff)).toEqual({
      kind: 'closed',
      holiday: 'test',
      opensAt: { weekday: 2, time: '08:30', inDays: 1 },
    })
  })
})
