/**
 * China Standard Time (UTC+8, no daylight saving): the kiosks' local clock. Calendar days,
 * opening hours, night schedules, statistics hours and the times staff read are all judged on
 * it, whatever the time zone of the machine or the browser. The one place the offset is written.
 */
export const CHINA_UTC_OFFSET_MINUTES = 480

/**
 * `at` moved by the offset, so its UTC fields (getUTCHours, toISOString…) read the wall clock at
 * `utcOffsetMinutes` (China by default).
 */
export function wallClock(at: Date | number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): Date {
  const ms = typeof at === 'number' ? at : at.getTime()
  return new Date(ms + utcOffsetMinutes * 60_000)
}

/** The calendar day (YYYY-MM-DD) it is in China at `now`. */
export function chinaDay(now: Date): string {
  return wallClock(now).toISOString().slice(0, 10)
}

/** `day` (YYYY-MM-DD) moved by `delta` calendar days. */
export function addDays(day: string, delta: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** `at` as an ISO instant in China time with its offset, e.g. `2026-03-01T16:05:00+08:00`. */
export function chinaIso(at: Date, precision: 'seconds' | 'milliseconds' = 'seconds'): string {
  const length = precision === 'seconds' ? 19 : 23
  return `${wallClock(at).toISOString().slice(0, length)}+08:00`
}

/** `2026-03-01 16:05` in China time for an ISO instant; text that is no instant comes back as is. */
export function chinaMinute(at: string): string {
  const ms = Date.parse(at)
  if (Number.isNaN(ms)) return at
  return wallClock(ms).toISOString().slice(0, 16).replace('T', ' ')
}
