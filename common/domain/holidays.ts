import { LegalHoliday } from 'tyme4ts'
import type { HolidayDay } from './calendar'

export type { HolidayDay }

/**
 * China's statutory public holidays and make-up working days (调休), from tyme4ts's data, never a
 * hand-kept list: the State Council publishes each year's schedule late in the year before, and
 * the library carries it. For a year it does not know yet, `known` is false and the caller must
 * not pretend: ordinary weekday hours apply, with a note that holiday hours may differ.
 * Host side only (through `tymeCalendar.ts`): the renderer gets these facts from the host.
 */

const parts = (day: string) => day.split('-').map(Number) as [number, number, number]

function legalHoliday(year: number, month: number, date: number): LegalHoliday | null {
  try {
    return LegalHoliday.fromYmd(year, month, date)
  } catch {
    return null
  }
}

/**
 * Whether the library has a year's schedule. New Year's Day is a statutory holiday every year, so
 * a year whose 1 January is not listed has no schedule yet (e.g. 2027 in tyme4ts 1.5).
 */
export function holidaysKnown(year: number): boolean {
  return legalHoliday(year, 1, 1) !== null
}

// Every opening badge asks about ~18 days around today on each render, and a library look-up
// costs tens of microseconds; the answer for a day never changes, so each day is looked up once
// (a long-running kiosk adds one entry a day).
const known = new Map<string, HolidayDay>()

/** What kind of day a China calendar day (YYYY-MM-DD) is. */
export function holidayDay(day: string): HolidayDay {
  const cached = known.get(day)
  if (cached) return cached
  const [year, month, date] = parts(day)
  const found = legalHoliday(year, month, date)
  const kind: HolidayDay =
    found === null
      ? { kind: 'ordinary', known: holidaysKnown(year) }
      : { kind: found.isWork() ? 'workday' : 'holiday', name: found.getName(), known: true }
  known.set(day, kind)
  return kind
}
