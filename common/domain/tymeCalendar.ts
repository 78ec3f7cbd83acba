import { LegalHoliday, LunarDay } from 'tyme4ts'
import {
  FACT_YEARS_AROUND,
  FESTIVALS,
  type CalendarFacts,
  type ChinaCalendar,
  type Festival,
} from './calendar'
import { holidayDay, holidaysKnown } from './holidays'

/**
 * The Chinese calendar from tyme4ts (a maintained library), for the host, the tools and tests.
 * The renderer never imports this module: it reads the facts `calendarFacts` computes, sent by
 * the host (`app.calendar`), so the library stays off the visitor's first screen.
 */

const pad = (n: number) => String(n).padStart(2, '0')

// Content is filtered at every session start and every minute, and each festival window asks
// for up to six festival days at ~70 µs a look-up; a festival's day in a year never changes.
const festivalDays = new Map<string, string | undefined>()

/**
 * The Gregorian day of a festival in the Chinese year that starts in Gregorian `year`: the
 * Spring Festival is the 1st of the 1st lunar month, the Lantern Festival the 15th. Undefined
 * outside the calendar library's range, so a window there is simply not in force. Computed,
 * never from a hand-kept table: the Spring Festival moves by up to a month from year to year.
 */
export function festivalDay(festival: Festival, year: number): string | undefined {
  const key = `${festival} ${year}`
  if (festivalDays.has(key)) return festivalDays.get(key)
  let day: string | undefined
  try {
    const solar = LunarDay.fromYmd(year, 1, festival === 'spring-festival' ? 1 : 15).getSolarDay()
    day = `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`
  } catch {
    day = undefined
  }
  festivalDays.set(key, day)
  return day
}

export const tymeCalendar: ChinaCalendar = { festivalDay, holidayDay }

/** Every statutory holiday and make-up working day dated in [fromYear, untilYear]. */
function specialDays(fromYear: number, untilYear: number): CalendarFacts['days'] {
  const days: CalendarFacts['days'] = []
  // The library lists its entries in date order and walks them with next(1); asking it about
  // every day of five years one by one took most of a second.
  let entry: LegalHoliday | null = null
  for (let y = fromYear; y <= untilYear && entry === null; y++) {
    entry = holidaysKnown(y) ? LegalHoliday.fromYmd(y, 1, 1) : null
  }
  for (; entry !== null; entry = entry.next(1)) {
    const solar = entry.getDay()
    if (solar.getYear() > untilYear) break
    days.push({
      day: `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`,
      kind: entry.isWork() ? 'workday' : 'holiday',
      name: entry.getName(),
    })
  }
  return days
}

/**
 * The calendar facts for the years around `year` (the host's China year), which the host sends
 * the renderer: festivals and holidays for FACT_YEARS_AROUND years either side, enough for a
 * festival window near a year's end and for opening hours two weeks ahead.
 */
export function calendarFacts(year: number): CalendarFacts {
  const fromYear = year - FACT_YEARS_AROUND
  const untilYear = year + FACT_YEARS_AROUND
  const years = Array.from({ length: untilYear - fromYear + 1 }, (_, i) => fromYear + i)
  return {
    fromYear,
    untilYear,
    festivals: years.map((y) => {
      const row: CalendarFacts['festivals'][number] = { year: y }
      for (const f of FESTIVALS) {
        const d = festivalDay(f, y)
        if (d !== undefined) row[f] = d
      }
      return row
    }),
    scheduledYears: years.filter(holidaysKnown),
    days: specialDays(fromYear, untilYear),
  }
}
