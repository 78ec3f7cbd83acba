import type { PowerSaveBlocker } from 'electron'
import { holidayDay } from '../../common/domain/holidays'
import { openingState } from '../../common/domain/openingHours'
import type { Timers } from './selfHealing'

/**
 * Whether the screen must stay on at `now` for opening hours `hours` (OSM opening_hours, China
 * time). Only a definite "closed" lets the display sleep: with no hours, or hours that cannot
 * be read, a dark kiosk would be the worse mistake.
 */
export function displayShouldStayOn(hours: string | undefined, now: Date): boolean {
  if (hours === undefined) return true
  return openingState(hours, now, holidayDay).kind !== 'closed'
}

export interface KeepDisplayOnOptions {
  /** Opening hours of the place the kiosk stands in; undefined = always on. */
  hours: string | undefined
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop'>
  timers: Timers
  log: (line: string) => void
  /** How often the hours are re-checked (default one minute). */
  checkEveryMs?: number
}

/**
 * Holds a `prevent-display-sleep` power-save blocker while the place is open and releases it
 * while it is closed, re-checking every minute. Returns a function that releases the blocker
 * and stops checking.
 */
export function keepDisplayOn(options: KeepDisplayOnOptions): () => void {
  const { blocker, timers } = options
  const every = options.checkEveryMs ?? 60_000
  let blockerId: number | undefined
  let handle: unknown

  const check = () => {
    const on = displayShouldStayOn(options.hours, new Date(timers.now()))
    if (on && blockerId === undefined) {
      blockerId = blocker.start('prevent-display-sleep')
      if (options.hours !== undefined) options.log('Display kept on (opening hours)')
    } else if (!on && blockerId !== undefined) {
      blocker.stop(blockerId)
      blockerId = undefined
      options.log('Display may sleep (closed)')
    }
    handle = timers.setTimeout(check, every)
  }

  check()
  return () => {
    timers.clearTimeout(handle)
    if (blockerId !== undefined) blocker.stop(blockerId)
    blockerId = undefined
  }
}
