import { addDays } from '../domain/chinaTime'
import type { ChinaCalendar } from '../domain/calendar'
import type { ContentWindow } from './schema'

/**
 * Date windows: when an item is in force on a China calendar day (YYYY-MM-DD). Pure: the
 * festival dates come from the `ChinaCalendar` passed in (tyme4ts in the host, the host's facts
 * in the renderer), never from a hand-kept table, because the Spring Festival moves by up to a
 * month from year to year.
 */

/** What the windows need from the calendar. */
export type Festivals = Pick<ChinaCalendar, 'festivalDay'>

function inFestivalWindow(
  w: Extract<ContentWindow, { kind: 'festival' }>,
  day: string,
  calendar: Festivals,
): boolean {
  const year = Number(day.slice(0, 4))
  // Offsets reach ±90 days, so the window around the festival of the year before or after may
  // be the one that covers `day` (e.g. 60 days before the 2028 Spring Festival is in 2027).
  for (const y of [year - 1, year, year + 1]) {
    const start = calendar.festivalDay(w.from.festival, y)
    const end = calendar.festivalDay(w.until.festival, y)
    if (start === undefined || end === undefined) continue
    if (addDays(start, w.from.offsetDays) <= day && day <= addDays(end, w.until.offsetDays)) {
      return true
    }
  }
  return false
}

/** Whether one window covers `day`; both ends are included. */
export function inWindow(w: ContentWindow, day: string, calendar: Festivals): boolean {
  switch (w.kind) {
    case 'dates':
      return (w.from === undefined || w.from <= day) && (w.until === undefined || day <= w.until)
    case 'yearly': {
      const md = day.slice(5)
      // A window such as 11-01 → 03-31 crosses the year end: in force after `from` or before `until`.
      return w.from <= w.until ? w.from <= md && md <= w.until : md >= w.from || md <= w.until
    }
    case 'festival':
      return inFestivalWindow(w, day, calendar)
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
export function inForce(item: Windowed, day: string, calendar: Festivals): boolean {
  const dates = datesWindow(item)
  if (dates && !inWindow(dates, day, calendar)) return false
  return item.windows === undefined || item.windows.some((w) => inWindow(w, day, calendar))
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
