import { describe, expect, it } from 'vitest'
import type { ContentWindow } from './schema'
import { festivalDay, tymeCalendar } from '../domain/tymeCalendar'
import * as windows from './windows'
import { outOfForceReason } from './windows'

// The windows read festivals from the calendar they are given; here the library's own.
const inWindow = (w: ContentWindow, day: string) => windows.inWindow(w, day, tymeCalendar)
const inForce = (item: windows.Windowed, day: string) => windows.inForce(item, day, tymeCalendar)

describe('festivalDay', () => {
  it('gives the Spring Festival of several years (published calendar dates)', () => {
    expect(festivalDay('spring-festival', 2021)).toBe('2021-02-12')
    expect(festivalDay('spring-festival', 2026)).toBe('2026-02-17')
    expect(festivalDay('spring-festival', 2027)).toBe('2027-02-06')
    expect(festivalDay('spring-festival', 2028)).toBe('2028-01-26')
  })

  it('gives the Lantern Festival, fourteen days after the Spring Festival', () => {
    expect(festivalDay('lantern-festival', 2021)).toBe('2021-02-26')
    expect(festivalDay('lantern-festival', 2026)).toBe('2026-03-03')
    expect(festivalDay('lantern-festival', 2028)).toBe('2028-02-09')
  })
})

describe('inWindow', () => {
  it('treats one-off dates as inclusive, with open ends', () => {
    const w: ContentWindow = { kind: 'dates', from: '2021-01-19', until: '2021-02-28' }
    expect(inWindow(w, '2021-01-18')).toBe(false)
    expect(inWindow(w, '2021-01-19')).toBe(true)
    expect(inWindow(w, '2021-02-28')).toBe(true)
    expect(inWindow(w, '2021-03-01')).toBe(false)
    expect(inWindow({ kind: 'dates', until: '2021-01-31' }, '1999-01-01')).toBe(true)
    expect(inWindow({ kind: 'dates', from: '2021-01-31' }, '2099-01-01')).toBe(true)
  })

  it('recurs a yearly window that crosses the year end, every winter', () => {
    const winter: ContentWindow = { kind: 'yearly', from: '11-01', until: '03-31' }
    for (const day of ['2021-01-20', '2026-11-01', '2026-12-02', '2026-12-31', '2027-01-01']) {
      expect(inWindow(winter, day)).toBe(true)
    }
    expect(inWindow(winter, '2027-03-31')).toBe(true)
    for (const day of ['2021-06-01', '2026-10-31', '2027-04-01', '2030-07-15']) {
      expect(inWindow(winter, day)).toBe(false)
    }
  })

  it('recurs a yearly window inside one year', () => {
    const spring: ContentWindow = { kind: 'yearly', from: '03-01', until: '05-31' }
    expect(inWindow(spring, '2024-02-29')).toBe(false)
    expect(inWindow(spring, '2024-03-01')).toBe(true)
    expect(inWindow(spring, '2031-05-31')).toBe(true)
    expect(inWindow(spring, '2031-06-01')).toBe(false)
  })

  it('moves a festival window with the Spring Festival from year to year', () => {
    // 30 days before the Spring Festival until the Lantern Festival.
    const festival: ContentWindow = {
      kind: 'festival',
      from: { festival: 'spring-festival', offsetDays: -30 },
      until: { festival: 'lantern-festival', offsetDays: 0 },
    }
    expect(inWindow(festival, '2021-01-12')).toBe(false)
    expect(inWindow(festival, '2021-01-13')).toBe(true)
    expect(inWindow(festival, '2021-02-26')).toBe(true)
    expect(inWindow(festival, '2021-02-27')).toBe(false)
    // 2027: Spring Festival on 6 February, so from 7 January.
    expect(inWindow(festival, '2027-01-06')).toBe(false)
    expect(inWindow(festival, '2027-01-07')).toBe(true)
    expect(inWindow(festival, '2027-02-05')).toBe(true)
    expect(inWindow(festival, '2027-02-20')).toBe(true)
    expect(inWindow(festival, '2027-02-21')).toBe(false)
    expect(inWindow(festival, '2026-06-01')).toBe(false)
  })

  it('finds a festival window that starts in the previous Gregorian year', () => {
    // 2028's Spring Festival is on 26 January: 40 days before is 17 December 2027.
    const early: ContentWindow = {
      kind: 'festival',
      from: { festival: 'spring-festival', offsetDays: -40 },
      until: { festival: 'spring-festival', offsetDays: 7 },
    }
    expect(inWindow(early, '2027-12-16')).toBe(false)
    expect(inWindow(early, '2027-12-17')).toBe(true)
    expect(inWindow(early, '2028-01-01')).toBe(true)
    expect(inWindow(early, '2028-02-02')).toBe(true)
    expect(inWindow(early, '2028-02-03')).toBe(false)
  })
})

describe('inForce', () => {
  const winter: ContentWindow = { kind: 'yearly', from: '11-01', until: '03-31' }
  it('is always in force without windows or dates', () => {
    expect(inForce({}, '2021-01-01')).toBe(true)
  })

  it('is in force when any window is', () => {
    const item = { windows: [winter, { kind: 'dates', from: '2026-06-01', until: '2026-06-02' }] }
    expect(inForce(item as { windows: ContentWindow[] }, '2026-06-02')).toBe(true)
    expect(inForce(item as { windows: ContentWindow[] }, '2026-06-03')).toBe(false)
    expect(inForce(item as { windows: ContentWindow[] }, '2026-12-02')).toBe(true)
  })

  it('reads the older validFrom/validUntil as a dates window that bounds the others', () => {
    expect(inForce({ validUntil: '2021-02-28' }, '2021-02-28')).toBe(true)
    expect(inForce({ validUntil: '2021-02-28' }, '2021-03-01')).toBe(false)
    const bounded = { validUntil: '2026-12-31', windows: [winter] }
    expect(inForce(bounded, '2026-12-02')).toBe(true)
    expect(inForce(bounded, '2027-01-02')).toBe(false)
  })

  it('says whether an item out of force can come back', () => {
    expect(outOfForceReason({ validUntil: '2021-02-28' }, '2026-12-02')).toBe('expired')
    expect(
      outOfForceReason({ windows: [{ kind: 'dates', until: '2021-02-28' }] }, '2026-12-02'),
    ).toBe('expired')
    expect(outOfForceReason({ windows: [winter] }, '2026-06-01')).toBe('notYetValid')
    expect(outOfForceReason({ validFrom: '2027-01-01' }, '2026-06-01')).toBe('notYetValid')
  })
})
