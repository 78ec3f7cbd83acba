import { describe, expect, it } from 'vitest'
import { holidayDay, holidaysKnown } from './holidays'

describe('holidayDay', () => {
  it('knows the 2026 National Day holiday and its make-up Saturday', () => {
    expect(holidayDay('2026-10-01')).toEqual({ kind: 'holiday', name: '国庆节', known: true })
    expect(holidayDay('2026-10-07')).toMatchObject({ kind: 'holiday' })
    expect(holidayDay('2026-10-10')).toEqual({ kind: 'workday', name: '国庆节', known: true })
    expect(holidayDay('2026-10-12')).toEqual({ kind: 'ordinary', known: true })
  })

  it('knows the 2026 Spring Festival holiday and its make-up days', () => {
    expect(holidayDay('2026-02-17')).toMatchObject({ kind: 'holiday', name: '春节' })
    expect(holidayDay('2026-02-14')).toMatchObject({ kind: 'workday', name: '春节' })
    expect(holidayDay('2026-02-28')).toMatchObject({ kind: 'workday', name: '春节' })
  })

  it('says when a year has no schedule yet, rather than calling its holidays ordinary days', () => {
    expect(holidaysKnown(2026)).toBe(true)
    expect(holidaysKnown(2027)).toBe(false)
    // The 2027 Spring Festival (6 February) will be a holiday, but no schedule is published.
    expect(holidayDay('2027-02-06')).toEqual({ kind: 'ordinary', known: false })
  })
})
