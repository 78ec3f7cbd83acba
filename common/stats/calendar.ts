/** China Standard Time (no daylight saving): the kiosks' local clock for day and hour. */
export const CHINA_UTC_OFFSET_MINUTES = 480

/** The local calendar day (YYYY-MM-DD) and hour (0–23) of `at`; nothing finer is ever kept. */
export function dayAndHour(
  at: Date,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): { day: string; hour: number } {
  const local = new Date(at.getTime() + utcOffsetMinutes * 60_000)
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() }
}

/** `day` moved by `delta` calendar days. */
export function addDays(day: string, delta: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** The `count` days ending with `last` (inclusive), oldest first. */
export function lastDays(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(last, i - count + 1))
}

/** `YYYY-MM` of a `YYYY-MM-DD` day. */
export const monthOf = (day: string) => day.slice(0, 7)
