import { describe, expect, it } from 'vitest'
import { dayAndHour, lastDays } from './calendar'
import { byHourOfDay, counterKey, languagesOf, needsOf, totalCounts } from './counters'
import { LANGUAGES } from '../content/schema'
import {
  counterKeySchema,
  foldHourlyDay,
  statsEventSchema,
  type DailyRecord,
  type StatsEvent,
} from './schema'

describe('counter keys', () => {
  it('names each event by what it counts, never by anything a person typed', () => {
    expect(counterKey({ kind: 'view', screen: 'category', id: 'shelter-tonight' })).toBe(
      'view:category:shelter-tonight',
    )
    expect(counterKey({ kind: 'view', screen: 'home' })).toBe('view:home')
    expect(counterKey({ kind: 'language', lang: 'ko' })).toBe('language:ko')
    expect(counterKey({ kind: 'screener', step: 'finished' })).toBe('screener:finished')
    expect(counterKey({ kind: 'update-attempt', outcome: 'refused' })).toBe(
      'update-attempt:refused',
    )
    expect(
      counterKeySchema.safeParse(counterKey({ kind: 'qr-shown', screen: 'place' })).success,
    ).toBe(true)
  })

  it('gives every kind of event a key the stored files accept', () => {
    const events: StatsEvent[] = [
      { kind: 'session' },
      { kind: 'idle-reset' },
      { kind: 'view', screen: 'notice', id: 'winter-2026' },
      ...LANGUAGES.map((lang): StatsEvent => ({ kind: 'language', lang })),
      { kind: 'qr-shown', screen: 'hotline' },
      { kind: 'screener', step: 'started' },
    ]
    for (const event of events) {
      expect(counterKeySchema.safeParse(counterKey(event)).success, counterKey(event)).toBe(true)
    }
  })

  it('refuses events that carry free text, answers or times', () => {
    expect(statsEventSchema.safeParse({ kind: 'view', screen: 'home', note: 'hi' }).success).toBe(
      false,
    )
    expect(
      statsEventSchema.safeParse({ kind: 'screener', step: 'finished', answers: { a: 'yes' } })
        .success,
    ).toBe(false)
    expect(
      statsEventSchema.safeParse({ kind: 'view', screen: 'service', id: 'Zhang San 138' }).success,
    ).toBe(false)
    expect(
      statsEventSchema.safeParse({ kind: 'session', at: '2026-01-01T10:00:00Z' }).success,
    ).toBe(false)
  })
})

describe('summaries', () => {
  const days: DailyRecord[] = [
    foldHourlyDay({
      day: '2026-01-10',
      hours: {
        '3': { session: 1, 'view:category:shelter-tonight': 2, 'language:en': 1 },
        '22': { session: 2, 'view:category:unpaid-wages': 1 },
      },
    }),
    foldHourlyDay({
      day: '2026-01-11',
      hours: { '22': { session: 1, 'view:category:shelter-tonight': 1 } },
    }),
  ]

  it('sums over days and hours', () => {
    const total = totalCounts(days)
    expect(total.session).toBe(4)
    expect(needsOf(total)).toEqual([
      ['shelter-tonight', 3],
      ['unpaid-wages', 1],
    ])
    expect(languagesOf(total)).toEqual([['en', 1]])
  })

  it('profiles a counter by hour of day', () => {
    const hours = byHourOfDay(days, 'session')
    expect(hours).toHaveLength(24)
    expect(hours[3]).toBe(1)
    expect(hours[22]).toBe(3)
    expect(hours.reduce((a, b) => a + b, 0)).toBe(4)
  })
})

describe('calendar', () => {
  it('uses China time for the day and hour', () => {
    expect(dayAndHour(new Date('2026-01-10T17:30:00Z'))).toEqual({ day: '2026-01-11', hour: 1 })
    expect(dayAndHour(new Date('2026-01-10T15:59:59Z'))).toEqual({ day: '2026-01-10', hour: 23 })
  })

  it('lists the last days across a month end', () => {
    expect(lastDays('2026-03-01', 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
  })
})
