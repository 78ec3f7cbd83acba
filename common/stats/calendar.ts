import { addDays, CHINA_UTC_OFFSET_MINUTES, wallClock } from '../domain/chinaTime'

export { addDays, CHINA_UTC_OFFSET_MINUTES }

/** The local calendar day (YYYY-MM-DD) and hour (0–23) of `at`; nothing finer is ever kept. */
export function dayAndHour(
  at: Date,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): { day: string; hour: number } {
  const local = wallClock(at, utcOffsetMinutes)
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() }
}

/** The `count` days ending with `last` (inclusive), oldest first. */
export function lastDays(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(last, i - count + 1))
}

/** `YYYY-MM` of a `YYYY-MM-DD` day. */
export const monthOf = (day: string) => day.slice(0, 7)
