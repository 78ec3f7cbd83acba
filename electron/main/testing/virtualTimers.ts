import type { Timers } from '../selfHealing'

/**
 * Timers on a virtual clock: `advance` moves time forward and runs every timer that falls due
 * on the way, in order; `jump` moves the wall clock without running anything (an NTP step or
 * a machine that slept).
 */
export function virtualTimers(startMs: number) {
  let now = startMs
  let nextId = 1
  const pending = new Map<number, { at: number; callback: () => void }>()
  const timers: Timers = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = nextId++
      pending.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout: (handle) => {
      if (typeof handle === 'number') pending.delete(handle)
    },
  }
  const nextDue = () =>
    [...pending.entries()].sort(([, a], [, b]) => a.at - b.at).find(([, t]) => t.at <= now)

  return {
    timers,
    now: () => now,
    pendingCount: () => pending.size,
    advance(ms: number) {
      const end = now + ms
      for (;;) {
        const earliest = [...pending.entries()].sort(([, a], [, b]) => a.at - b.at)[0]
        if (!earliest || earliest[1].at > end) break
        now = Math.max(now, earliest[1].at)
        pending.delete(earliest[0])
        earliest[1].callback()
      }
      now = end
    },
    jump(ms: number) {
      now += ms
    },
    /** Runs timers already due at the current time (after a jump). */
    runDue() {
      for (let due = nextDue(); due; due = nextDue()) {
        pending.delete(due[0])
        due[1].callback()
      }
    },
  }
}
