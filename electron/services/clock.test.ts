import { describe, expect, it } from 'vitest'
import { createClock } from './clock'
import type { LogRecord } from './logger/logger'

describe('createClock', () => {
  it('pins the time to KIOSK_NOW', () => {
    const clock = createClock({ KIOSK_NOW: '2021-01-20T10:00:00+08:00' })
    expect(clock.overridden).toBe(true)
    expect(clock.now().toISOString()).toBe('2021-01-20T02:00:00.000Z')
    clock.now().setFullYear(1999)
    expect(clock.now().getUTCFullYear()).toBe(2021)
  })

  it('uses the real clock when KIOSK_NOW is unset or blank', () => {
    for (const env of [{}, { KIOSK_NOW: '  ' }]) {
      const clock = createClock(env)
      expect(clock.overridden).toBe(false)
      expect(clock.warning).toBeUndefined()
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(60_000)
    }
  })

  for (const bad of ['yesterday', '2021-01-20', '2021-01-20T10:00:00', '2021-13-40T10:00:00Z']) {
    it(`explains an invalid KIOSK_NOW (${bad}) and falls back to the real clock`, () => {
      const logs: LogRecord[] = []
      const clock = createClock({ KIOSK_NOW: bad }, (r) => logs.push(r))
      expect(clock.overridden).toBe(false)
      expect(clock.warning).toContain(`KIOSK_NOW="${bad}"`)
      expect(clock.warning).toContain('2021-01-20T10:00:00+08:00')
      expect(logs).toEqual([expect.objectContaining({ level: 'warn', area: 'clock' })])
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(60_000)
    })
  }
})
