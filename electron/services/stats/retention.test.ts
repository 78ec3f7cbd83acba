import { describe, expect, it } from 'vitest'
import { foldHourlyDay, type DailyRecord } from '../../../common/stats/schema'
import { firstKeptDay, foldOldDays } from './retention'

const day = (d: string, session: number, extra: Record<string, number> = {}): DailyRecord =>
  foldHourlyDay({ day: d, hours: { '9': { session, ...extra } } })

describe('retention', () => {
  it('keeps 400 days including today', () => {
    expect(firstKeptDay('2026-11-28')).toBe('2025-10-25')
  })

  it('folds days before the window into month totals and keeps the rest', () => {
    const days = [
      day('2025-01-30', 2, { 'language:en': 1 }),
      day('2025-01-31', 3),
      day('2025-02-01', 5),
      day('2025-02-02', 7),
    ]
    const out = foldOldDays(days, [], '2025-02-02')
    expect(out.days.map((d) => d.day)).toEqual(['2025-02-02'])
    expect(out.folded).toEqual(['2025-01-30', '2025-01-31', '2025-02-01'])
    expect(out.months).toEqual([
      {
        month: '2025-01',
        days: ['2025-01-30', '2025-01-31'],
        counts: { session: 5, 'language:en': 1 },
      },
      { month: '2025-02', days: ['2025-02-01'], counts: { session: 5 } },
    ])
  })

  it('adds to an existing month and never counts a folded day twice', () => {
    const months = [{ month: '2025-01', days: ['2025-01-30'], counts: { session: 2 } }]
    // 2025-01-30 is still in the daily file: a fold was cut off before the file was rewritten.
    const out = foldOldDays([day('2025-01-30', 2), day('2025-01-31', 3)], months, '2025-02-01')
    expect(out.days).toEqual([])
    expect(out.folded).toEqual(['2025-01-31'])
    expect(out.months[0]).toEqual({
      month: '2025-01',
      days: ['2025-01-30', '2025-01-31'],
      counts: { session: 5 },
    })
    expect(months[0]?.counts.session).toBe(2)
  })
})
