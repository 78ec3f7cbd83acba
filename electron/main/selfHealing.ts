import type { App } from 'electron'
import { CHINA_UTC_OFFSET_MINUTES } from '../../common/domain/chinaTime'

/** Timers and wall clock, injected so the policies can be tested without waiting. */
export interface Timers {
  now: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

const DAY_MS = 24 * 60 * 60_000
/** Long waits are cut into steps of at most this, so a clock correction is noticed within it. */
const STEP_MS = 60 * 60_000
/** A restart found overdue by more than this (machine asleep, clock jumped) waits a day. */
const LATE_MS = 15 * 60_000

/**
 * Reads a wall-clock time `HH:MM` (24-hour) as minutes after midnight, or says what is wrong
 * with it, so a bad `--daily-restart` value is reported instead of restarting at a random hour.
 */
export function parseClockTime(
  text: string,
): { ok: true; minutes: number } | { ok: false; error: string } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim())
  if (!match) return { ok: false, error: `"${text}" is not a time of day like 04:30 (24-hour)` }
  return { ok: true, minutes: Number(match[1]) * 60 + Number(match[2]) }
}

/**
 * Milliseconds from `nowMs` to the next time the wall clock at `utcOffsetMinutes` (China time by
 * default; China has no daylight saving) shows `minuteOfDay`. Always in (0, 24 h]: when it is
 * that minute exactly now, the answer is tomorrow's.
 */
export function msUntilNext(
  nowMs: number,
  minuteOfDay: number,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): number {
  const localMs = nowMs + utcOffsetMinutes * 60_000
  const sinceMidnight = ((localMs % DAY_MS) + DAY_MS) % DAY_MS
  const wait = (((minuteOfDay * 60_000 - sinceMidnight) % DAY_MS) + DAY_MS) % DAY_MS
  return wait === 0 ? DAY_MS : wait
}

export interface DailyRestartOptions {
  /** Minutes after local midnight (a quiet hour, e.g. 04:00 = 240). */
  at: number
  timers: Timers
  /** Restarts the app (app.relaunch + app.exit). */
  restart: () => void
  log: (line: string) => void
  utcOffsetMinutes?: number
  /** A restart is skipped when the app has been up for less than this (default one hour). */
  minUptimeMs?: number
}

/**
 * Restarts the whole app once a day at a quiet hour, so slow leaks in a process that runs for
 * months never reach the visitors. Re-reads the clock at least hourly (a clock corrected by NTP
 * moves the restart with it). Skips a restart when the app started only recently (so restarts
 * can never loop) or when the quiet hour was missed (never restart while people may be there). Returns a function that cancels the schedule.
 */
export function scheduleDailyRestart(options: DailyRestartOptions): () => void {
  const { timers, at } = options
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES
  const minUptime = options.minUptimeMs ?? 60 * 60_000
  const startedAt = timers.now()
  let handle: unknown
  let stopped = false
  let due = startedAt + msUntilNext(startedAt, at, offset)

  const arm = () => {
    const now = timers.now()
    handle = timers.setTimeout(tick, Math.min(Math.max(due - now, 0), STEP_MS))
  }
  const tick = () => {
    if (stopped) return
    const now = timers.now()
    if (now >= due) {
      if (now - due > LATE_MS) {
        options.log('Daily restart skipped: the quiet hour passed while the kiosk was asleep')
      } else if (now - startedAt < minUptime) {
        options.log('Daily restart skipped: the app started less than an hour ago')
      } else {
        options.log('Daily restart at the quiet hour')
        stopped = true
        options.restart()
        return
      }
    }
    due = now + msUntilNext(now, at, offset)
    arm()
  }

  arm()
  return () => {
    stopped = true
    timers.clearTimeout(handle)
  }
}

/**
 * Relaunches the app once the durable log has had its chance to reach the disk (at most
 * `timeoutMs`), so the line that explains a relaunch is not lost with the process. Without a
 * flush function it relaunches at once. Exits exactly once whatever the flush does.
 */
export function relaunchApp(
  app: Pick<App, 'relaunch' | 'exit'>,
  exitCode: number,
  flush?: () => Promise<void>,
  timers: Timers = realTimers,
  timeoutMs = 2000,
): void {
  app.relaunch()
  if (!flush) {
    app.exit(exitCode)
    return
  }
  let exited = false
  const exit = () => {
    if (exited) return
    exited = true
    app.exit(exitCode)
  }
  timers.setTimeout(exit, timeoutMs)
  flush().then(exit, exit)
}
