import { z } from 'zod'
import { CHINA_UTC_OFFSET_MINUTES } from '../domain/chinaTime'

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM on the 24-hour clock, e.g. 22:30')

/**
 * Hours of the day in China time, `from` inclusive to `to` exclusive; `to` before `from` means
 * the hours run past midnight (22:00–06:00). `what` names them in the refusal message.
 */
export const clockWindowSchema = (what: string) =>
  z
    .object({ from: clockTime, to: clockTime })
    .strict()
    .refine((s) => s.from !== s.to, {
      message: `${what} need different start and end times`,
      path: ['to'],
    })

/** Night hours: `from` is when the night screen starts and `to` when it ends. */
export const nightScheduleSchema = clockWindowSchema('night hours')
export type NightSchedule = z.infer<typeof nightScheduleSchema>

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** Whether `now` falls in a clock window (same rule as the night hours). */
export const isInClockWindow = (window: NightSchedule | undefined, now: Date) =>
  isNightTime(window, now)

/**
 * Whether `now` falls in the night hours (start inclusive, end exclusive), read on the kiosk's
 * wall clock (`utcOffsetMinutes`, China by default). No schedule means never night.
 */
export function isNightTime(
  schedule: NightSchedule | undefined,
  now: Date,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): boolean {
  if (!schedule) return false
  const dayMinutes = 24 * 60
  const local = Math.floor(now.getTime() / 60_000) + utcOffsetMinutes
  const minute = ((local % dayMinutes) + dayMinutes) % dayMinutes
  const from = minutesOf(schedule.from)
  const to = minutesOf(schedule.to)
  return from < to ? minute >= from && minute < to : minute >= from || minute < to
}
