import { describe, expect, it } from 'vitest'
import { visibleContent } from '../content/visibility'
import { validContent } from '../content/fixtures/validContent'
import type { Content, ContentWindow } from '../content/schema'
import { calendarFactsSchema, calendarFromFacts, FESTIVALS, type CalendarFacts } from './calendar'
import { addDays } from './chinaTime'
import { calendarFacts, tymeCalendar } from './tymeCalendar'

/** Every day of the years [from, until], YYYY-MM-DD. */
function daysOf(from: number, until: number): string[] {
  const days: string[] = []
  for (let d = `${from}-01-01`; d <= `${until}-12-31`; d = addDays(d, 1)) days.push(d)
  return days
}

describe('calendar facts (what the host sends the renderer)', () => {
  // 2026: the last year tyme4ts 1.5 has a holiday schedule for, so the facts hold known and
  // unknown years; 2021: the year the bench and e2e host clock is pinned to.
  for (const year of [2021, 2026]) {
    it(`answer exactly as the library for every day of ${year - 2}–${year + 2}`, () => {
      const facts = calendarFromFacts(calendarFacts(year))
      for (const day of daysOf(year - 2, year + 2)) {
        expect(facts.holidayDay(day), day).toEqual(tymeCalendar.holidayDay(day))
      }
      for (let y = year - 2; y <= year + 2; y++) {
        for (const f of FESTIVALS)
          expect(facts.festivalDay(f, y)).toBe(tymeCalendar.festivalDay(f, y))
      }
    })
  }

  it('carry the published holidays and make-up days, and which years have a schedule', () => {
    const facts = calendarFacts(2026)
    expect(facts.days).toContainEqual({ day: '2026-10-01', kind: 'holiday', name: '国庆节' })
    expect(facts.days).toContainEqual({ day: '2026-10-10', kind: 'workday', name: '国庆节' })
    expect(facts.scheduledYears).toContain(2026)
    expect(facts.scheduledYears).not.toContain(2027)
    expect(calendarFactsSchema.parse(facts)).toEqual(facts)
  })

  it('say "not known" outside the years they cover, never a guess', () => {
    const facts = calendarFromFacts(calendarFacts(2021))
    expect(facts.holidayDay('2026-10-01')).toEqual({ kind: 'ordinary', known: false })
    expect(facts.holidayDay('2016-10-01')).toEqual({ kind: 'ordinary', known: false })
    expect(facts.festivalDay('spring-festival', 2026)).toBeUndefined()
  })

  it('give the same visible content as the library on festival windows around the year end', () => {
    const festive: ContentWindow = {
      kind: 'festival',
      from: { festival: 'spring-festival', offsetDays: -60 },
      until: { festival: 'lantern-festival', offsetDays: 10 },
    }
    const content: Content = structuredClone(validContent)
    for (const s of content.services) s.windows = [festive]
    const facts = calendarFromFacts(calendarFacts(2027))
    for (const day of daysOf(2026, 2028).filter(
      (d) => d.slice(8) === '01' || d.slice(8) === '15',
    )) {
      const at = new Date(`${day}T12:00:00+08:00`)
      expect(visibleContent(content, at, facts), day).toEqual(
        visibleContent(content, at, tymeCalendar),
      )
    }
  })

  it('are refused by the schema when a host sends something else', () => {
    const good = calendarFacts(2021)
    const bad: unknown[] = [
      { ...good, fromYear: 2030 },
      { ...good, days: [{ day: '2021-13-01', kind: 'holiday', name: 'x' }] },
      { ...good, days: [{ day: '2021-10-01', kind: 'party', name: 'x' }] },
      { ...good, festivals: [{ year: 2021, 'spring-festival': 'soon' }] },
      { ...good, extra: true },
      { fromYear: 2021, untilYear: 2021 },
    ]
    for (const facts of bad) expect(calendarFactsSchema.safeParse(facts).success).toBe(false)
    const ok: CalendarFacts = { ...good, days: [], festivals: [], scheduledYears: [] }
    expect(calendarFactsSchema.safeParse(ok).success).toBe(true)
  })
})
