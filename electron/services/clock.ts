import { z } from 'zod'
import type { Logger } from './logger/logger'

/** The host's idea of "now"; previews and tests pin it with `KIOSK_NOW`. */
export interface Clock {
  now(): Date
  /** True when `KIOSK_NOW` pinned the time. */
  readonly overridden: boolean
  /** Set when `KIOSK_NOW` was given but unusable: what was wrong, for the host to print. */
  readonly warning?: string
}

const isoDateTimeWithOffset = z.iso.datetime({ offset: true })

/**
 * Reads `KIOSK_NOW` (an ISO date-time with offset, e.g. `2021-01-20T10:00:00+08:00`) and returns a
 * clock frozen at that instant, so previews and tests see a fixed day. An invalid value never
 * stops the kiosk: it is reported and the real clock is used.
 */
export function createClock(env: Record<string, string | undefined>, log?: Logger): Clock {
  const raw = env.KIOSK_NOW?.trim()
  if (!raw) return { now: () => new Date(), overridden: false }
  if (isoDateTimeWithOffset.safeParse(raw).success) {
    const pinned = new Date(raw)
    if (!Number.isNaN(pinned.getTime())) {
      return { now: () => new Date(pinned.getTime()), overridden: true }
    }
  }
  const warning =
    `KIOSK_NOW="${raw}" is not an ISO date-time with a UTC offset ` +
    `(example: 2021-01-20T10:00:00+08:00); using the real clock`
  log?.({ level: 'warn', area: 'clock', message: warning })
  return { now: () => new Date(), overridden: false, warning }
}
