import { z } from 'zod'
import { FESTIVALS } from '../content/primitives'

/**
 * The Chinese calendar facts the kiosk needs — the day of a lunar festival, and whether a day is
 * a statutory holiday or a make-up working day — behind one small interface, so the code that
 * uses them does not care where they come from. The host and the tools compute them with
 * tyme4ts (`tymeCalendar.ts`); the renderer reads the facts the host sends for the years around
 * today (`calendarFromFacts`), which keeps the ~70 KB calendar library off the visitor's first
 * screen (issue 25). This module must never import tyme4ts.
 */

export { FESTIVALS }
export type Festival = (typeof FESTIVALS)[number]

/** What kind of day a China calendar day is (`known`: whether its year's schedule is published). */
export type HolidayDay =
  | { kind: 'ordinary'; known: boolean }
  | { kind: 'holiday'; name: string; known: true }
  | { kind: 'workday'; name: string; known: true }

export interface ChinaCalendar {
  /** The Gregorian day (YYYY-MM-DD) of a festival in the Chinese year starting in `year`. */
  festivalDay(festival: Festival, year: number): string | undefined
  /** Whether a China calendar day (YYYY-MM-DD) is a holiday, a make-up working day or ordinary. */
  holidayDay(day: string): HolidayDay
}

const day = z.iso.date()
const year = z.number().int().min(1900).max(2200)

/** The facts for a span of years, as `app.calendar` sends them (validated in the renderer too). */
export const calendarFactsSchema = z
  .object({
    /** The first and last Gregorian year covered, both included. */
    fromYear: year,
    untilYear: year,
    /** Per year: its Spring and Lantern Festival days (absent outside the library's range). */
    festivals: z
      .array(
        z
          .object({
            year,
            'spring-festival': day.optional(),
            'lantern-festival': day.optional(),
          })
          .strict(),
      )
      .max(400),
    /** The covered years whose statutory schedule is published. */
    scheduledYears: z.array(year).max(400),
    /** Every holiday and make-up working day in the covered years. */
    days: z
      .array(
        z
          .object({ day, kind: z.enum(['holiday', 'workday']), name: z.string().min(1).max(40) })
          .strict(),
      )
      .max(20_000),
  })
  .strict()
  .refine((f) => f.fromYear <= f.untilYear, { message: 'fromYear is after untilYear' })
export type CalendarFacts = z.infer<typeof calendarFactsSchema>

/** How many years before and after the host's year the facts cover. */
export const FACT_YEARS_AROUND = 2

const unknownDay: HolidayDay = { kind: 'ordinary', known: false }

/**
 * A calendar over facts the host sent. A day outside the covered years is an ordinary day whose
 * schedule is not known (opening hours then say holiday hours may differ) and a festival outside
 * them has no day (its window is not in force): never a guess. The renderer asks the host again
 * when the day changes, so the years around "today" are always covered.
 */
export function calendarFromFacts(facts: CalendarFacts): ChinaCalendar {
  const festivals = new Map(facts.festivals.map((f) => [f.year, f]))
  const scheduled = new Set(facts.scheduledYears)
  const special = new Map<string, HolidayDay>(
    facts.days.map((d) => [d.day, { kind: d.kind, name: d.name, known: true }]),
  )
  const ordinary = (y: number): HolidayDay => ({ kind: 'ordinary', known: scheduled.has(y) })
  return {
    festivalDay: (festival, y) => festivals.get(y)?.[festival],
    holidayDay(d) {
      const y = Number(d.slice(0, 4))
      if (!(y >= facts.fromYear && y <= facts.untilYear)) return unknownDay
      return special.get(d) ?? ordinary(y)
    },
  }
}
