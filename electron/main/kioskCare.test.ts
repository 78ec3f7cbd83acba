import type { App } from 'electron'
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { readFlag } from './bootstrap'
import { readKioskCareFlags, startKioskCare } from './kioskCare'
import { virtualTimers } from './testing/virtualTimers'

const HOUR = 60 * 60_000
/** Monday 2026-03-02, 12:00 China time. */
const NOON_CHINA = Date.UTC(2026, 2, 2, 4, 0)

function read(argv: string[]) {
  const logs: string[] = []
  return {
    flags: readKioskCareFlags(
      (name) => readFlag(argv, name),
      (l) => logs.push(l),
    ),
    logs,
  }
}

describe('readKioskCareFlags', () => {
  it('reads the switches in both spellings', () => {
    expect(
      read(['kiosk', '--daily-restart=04:30', '--display-hours', 'Mo-Su 06:00-23:00']).flags,
    ).toEqual({ dailyRestartAt: 270, displayHours: 'Mo-Su 06:00-23:00' })
    expect(read(['kiosk']).flags).toEqual({})
  })

  it('ignores malformed values and says which and why', () => {
    const { flags, logs } = read(['--daily-restart=4am', '--display-hours=sometimes'])
    expect(flags).toEqual({})
    expect(logs[0]).toContain('--daily-restart: "4am" is not a time of day')
    expect(logs[1]).toContain('--display-hours "sometimes"')
    expect(logs[1]).toContain('the display stays on')
  })
})

class FakeCareApp extends EventEmitter {
  constructor(private readonly calls: string[]) {
    super()
  }
  relaunch() {
    this.calls.push('relaunch')
  }
  exit(code?: number) {
    this.calls.push(`exit ${code}`)
  }
}

function fakeShell() {
  const calls: string[] = []
  let nextId = 1
  const active = new Set<number>()
  const app = new FakeCareApp(calls)
  return {
    calls,
    active,
    app,
    electron: {
      app: app as unknown as App,
      powerSaveBlocker: {
        start: () => {
          active.add(nextId)
          return nextId++
        },
        stop: (id: number) => active.delete(id),
      },
    },
  }
}

describe('startKioskCare', () => {
  it('keeps the display on and relaunches the app at the daily restart time', () => {
    const shell = fakeShell()
    const clock = virtualTimers(NOON_CHINA)
    startKioskCare(
      shell.electron,
      { dailyRestartAt: 4 * 60 },
      { timers: clock.timers, log: () => {} },
    )
    expect(shell.active.size).toBe(1)
    clock.advance(16 * HOUR - 1)
    expect(shell.calls).toEqual([])
    clock.advance(1)
    expect(shell.calls).toEqual(['relaunch', 'exit 0'])
  })

  it('without a restart time never restarts; stopping releases the display', () => {
    const shell = fakeShell()
    const clock = virtualTimers(NOON_CHINA)
    const stop = startKioskCare(
      shell.electron,
      { displayHours: 'Mo-Su 06:00-22:00' },
      { timers: clock.timers, log: () => {} },
    )
    clock.advance(60 * HOUR)
    expect(shell.calls).toEqual([])
    expect(shell.active.size).toBe(0) // 12:00 + 60 h is midnight: closed
    clock.advance(8 * HOUR)
    expect(shell.active.size).toBe(1)
    stop()
    expect(shell.active.size).toBe(0)
    expect(clock.pendingCount()).toBe(0)
  })

  it('logs a helper process that dies, but not one that ends normally', () => {
    const shell = fakeShell()
    const logs: string[] = []
    startKioskCare(
      shell.electron,
      {},
      { timers: virtualTimers(NOON_CHINA).timers, log: (l) => logs.push(l) },
    )
    shell.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 })
    shell.app.emit(
      'child-process-gone',
      {},
      { type: 'Utility', name: 'Audio Service', reason: 'clean-exit', exitCode: 0 },
    )
    expect(logs).toEqual(['Helper process GPU gone (crashed, exit code 139)'])
  })
})
