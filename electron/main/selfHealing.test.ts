import { describe, expect, it } from 'vitest'
import { msUntilNext, parseClockTime, relaunchApp, scheduleDailyRestart } from './selfHealing'
import { virtualTimers } from './testing/virtualTimers'

const HOUR = 60 * 60_000
/** 2026-03-02 10:00 China time (02:00 UTC). */
const TEN_AM_CHINA = Date.UTC(2026, 2, 2, 2, 0)
const FOUR_AM = 4 * 60

describe('parseClockTime', () => {
  it('reads HH:MM and refuses anything else with the value in the message', () => {
    expect(parseClockTime('04:30')).toEqual({ ok: true, minutes: 270 })
    expect(parseClockTime(' 23:59 ')).toEqual({ ok: true, minutes: 1439 })
    for (const bad of ['4:30', '24:00', '12:60', 'noon', '']) {
      const result = parseClockTime(bad)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toContain(`"${bad}"`)
    }
  })
})

describe('msUntilNext', () => {
  it('counts to the next such minute on the China wall clock', () => {
    expect(msUntilNext(TEN_AM_CHINA, FOUR_AM)).toBe(18 * HOUR)
    expect(msUntilNext(TEN_AM_CHINA, 11 * 60)).toBe(HOUR)
    expect(msUntilNext(TEN_AM_CHINA, 10 * 60)).toBe(24 * HOUR)
  })

  it('honours another UTC offset', () => {
    expect(msUntilNext(TEN_AM_CHINA, FOUR_AM, 0)).toBe(2 * HOUR)
  })
})

function setup(startMs = TEN_AM_CHINA) {
  const clock = virtualTimers(startMs)
  const logs: string[] = []
  let restarts = 0
  const cancel = scheduleDailyRestart({
    at: FOUR_AM,
    timers: clock.timers,
    restart: () => (restarts += 1),
    log: (line) => logs.push(line),
  })
  return { clock, logs, cancel, restarts: () => restarts }
}

describe('scheduleDailyRestart', () => {
  it('restarts at the quiet hour, not before', () => {
    const s = setup()
    s.clock.advance(18 * HOUR - 1)
    expect(s.restarts()).toBe(0)
    s.clock.advance(1)
    expect(s.restarts()).toBe(1)
    expect(s.logs).toEqual(['Daily restart at the quiet hour'])
    expect(s.clock.pendingCount()).toBe(0)
  })

  it('never restarts an app that started shortly before the quiet hour', () => {
    const s = setup(TEN_AM_CHINA + 17.5 * HOUR)
    s.clock.advance(HOUR)
    expect(s.restarts()).toBe(0)
    expect(s.logs[0]).toContain('started less than an hour ago')
    s.clock.advance(24 * HOUR)
    expect(s.restarts()).toBe(1)
  })

  it('follows a clock that is corrected while waiting', () => {
    const s = setup()
    // NTP moves the wall clock 3 h forward: 04:00 is now 15 h away, not 18 h.
    s.clock.jump(3 * HOUR)
    s.clock.advance(15 * HOUR)
    expect(s.restarts()).toBe(1)
  })

  it('does not restart late in the morning after the machine slept through 04:00', () => {
    const s = setup()
    s.clock.advance(17.5 * HOUR)
    s.clock.jump(5 * HOUR) // asleep from 03:30 to 08:30
    s.clock.runDue()
    expect(s.restarts()).toBe(0)
    expect(s.logs.at(-1)).toContain('passed while the kiosk was asleep')
    s.clock.advance(20 * HOUR)
    expect(s.restarts()).toBe(1)
  })

  it('does nothing once cancelled', () => {
    const s = setup()
    s.cancel()
    s.clock.advance(48 * HOUR)
    expect(s.restarts()).toBe(0)
    expect(s.clock.pendingCount()).toBe(0)
  })
})

describe('relaunchApp', () => {
  function fakeApp() {
    const calls: string[] = []
    return {
      calls,
      relaunch: () => void calls.push('relaunch'),
      exit: (code?: number) => void calls.push(`exit ${code}`),
    }
  }

  it('exits only after the log is flushed', async () => {
    const app = fakeApp()
    const clock = virtualTimers(0)
    let finish = () => {}
    relaunchApp(app, 0, () => new Promise<void>((resolve) => (finish = resolve)), clock.timers)
    expect(app.calls).toEqual(['relaunch'])
    finish()
    await Promise.resolve()
    expect(app.calls).toEqual(['relaunch', 'exit 0'])
    clock.advance(5000)
    expect(app.calls).toEqual(['relaunch', 'exit 0'])
  })

  it('does not wait for a stuck disk longer than the timeout, nor exit twice', async () => {
    const app = fakeApp()
    const clock = virtualTimers(0)
    let fail = () => {}
    relaunchApp(
      app,
      1,
      () => new Promise<void>((_, reject) => (fail = () => reject(new Error('EIO')))),
      clock.timers,
      2000,
    )
    clock.advance(1999)
    expect(app.calls).toEqual(['relaunch'])
    clock.advance(1)
    expect(app.calls).toEqual(['relaunch', 'exit 1'])
    fail()
    await Promise.resolve()
    expect(app.calls).toEqual(['relaunch', 'exit 1'])
  })

  it('relaunches at once when there is no log to flush', () => {
    const app = fakeApp()
    relaunchApp(app, 1)
    expect(app.calls).toEqual(['relaunch', 'exit 1'])
  })
})
