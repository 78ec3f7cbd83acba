import { LunarDay } from 'tyme4ts'
import { addDays } from '../domain/chinaTime'
import type { ContentWindow } from './schema'

/**
 * Date windows: when an item is in force on a China calendar day (YYYY-MM-DD). Pure: the
 * festival dates come from tyme4ts (a maintained Chinese calendar), never from a hand-kept table,
 * because the Spring Festival moves by up to a month from year to year.
 */

type Festival = Extract<ContentWindow, { kind: 'festival' }>['from']['festival']

const pad = (n: number) => String(n).padStart(2, '0')

// Content is filtered at every session start and every minute, and each festival window asks
// for up to six festival days at ~70 µs a look-up; a festival's day in a year never changes.
const festivalDays = new Map<string, string | undefined>()

/**
 * The Gregorian day of a festival in the Chinese year that starts in Gregorian `year`: the
 * Spring Festival is the 1st of the 1st lunar month, the Lantern Festival the 15th. Undefined
 * outside the calendar library's range, so a window there is simply not in force.
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

function inFestivalWindow(w: Extract<ContentWindow, { kind: 'festival' }>, day: string): boolean {
  const year = Number(day.slice(0, 4))
  // Offsets reach ±90 days, so the window around the festival of the year before or after may
  // be the one that covers `day` (e.g. 60 days before the 2028 Spring Festival is in 2027).
  for (const y of [year - 1, year, year + 1]) {
    const start = festivalDay(w.from.festival, y)
    const end = festivalDay(w.until.festival, y)
    if (start === undefined || end === undefined) continue
    if (addDays(start, w.from.offsetDays) <= day && day <= addDays(end, w.until.offsetDays)) {
      return true
    }
  }
  return false
}

/** Whether one window covers `day`; both ends are included. */
export function inWindow(w: ContentWindow, day: string): boolean {
  switch (w.kind) {
    case 'dates':
      return (w.from === undefined || w.from <= day) && (w.until === undefined || day <= w.until)
    case 'yearly': {
      const md = day.slice(5)
      // A window such as 11-01 → 03-31 crosses the year end: in force after `from` or before `until`.
      return w.from <= w.until ? w.from <= md && md <= w.until : md >= w.from || md <= w.until
    }
    case 'festival':
      return inFestivalWindow(w, day)
  }
}

/** Anything that can be in force or not: the new `windows`, or the older validFrom/validUntil. */
export type Windowed = {
  windows?: readonly ContentWindow[]
  validFrom?: string
  validUntil?: string
}

/**
 * The windows an item is in force in. Services and notices written before windows existed carry
 * `validFrom`/`validUntil`; those read as one `dates` window, and an item with both kinds must
 * satisfy both (the old dates bound the recurring windows).
 */
function datesWindow(item: Windowed): ContentWindow | undefined {
  if (item.validFrom === undefined && item.validUntil === undefined) return undefined
  return {
    kind: 'dates',
    ...(item.validFrom !== undefined ? { from: item.validFrom } : {}),
    ...(item.validUntil !== undefined ? { until: item.validUntil } : {}),
  }
}

/** In force on `day` when any of its windows is (no windows: always), within validFrom/validUntil. */
export function inForce(item: Windowed, day: string): boolean {
  const dates = datesWindow(item)
  if (dates && !inWindow(dates, day)) return false
  return item.windows === undefined || item.windows.some((w) => inWindow(w, day))
}

/**
 * Why an item out of force is not shown, for staff: `expired` when it can never come back (every
 * window is a one-off that has ended), otherwise `notYetValid` (it starts later, or recurs).
 */
export function outOfForceReason(item: Windowed, day: string): 'expired' | 'notYetValid' {
  const dates = datesWindow(item)
  if (dates?.kind === 'dates' && dates.until !== undefined && day > dates.until) return 'expired'
  const windows = item.windows ?? []
  const ended = windows.every((w) => w.kind === 'dates' && w.until !== undefined && day > w.until)
  return windows.length > 0 && ended ? 'expired' : 'notYetValid'
}
