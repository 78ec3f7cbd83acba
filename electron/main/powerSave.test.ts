import { describe, expect, it } from 'vitest'
import { displayShouldStayOn, keepDisplayOn } from './powerSave'
import { virtualTimers } from './testing/virtualTimers'

const HOUR = 60 * 60_000
/** Monday 2026-03-02, 05:00 China time. */
const MONDAY_5AM_CHINA = Date.UTC(2026, 2, 1, 21, 0)

class FakeBlocker {
  active = new Set<number>()
  types: string[] = []
  private next = 1
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep') {
    this.types.push(type)
    const id = this.next++
    this.active.add(id)
    return id
  }
  stop(id: number) {
    if (!this.active.delete(id)) throw new Error(`stopping blocker ${id} that is not running`)
    return true
  }
}

describe('displayShouldStayOn', () => {
  const at = (hourChina: number) => new Date(MONDAY_5AM_CHINA + (hourChina - 5) * HOUR)
  it('is off only when the hours say closed', () => {
    expect(displayShouldStayOn('Mo-Su 06:00-22:00', at(5))).toBe(false)
    expect(displayShouldStayOn('Mo-Su 06:00-22:00', at(6))).toBe(true)
    expect(displayShouldStayOn('Mo-Su 06:00-22:00', at(22))).toBe(false)
    expect(displayShouldStayOn('24/7', at(3))).toBe(true)
  })

  it('stays on with no hours or hours it cannot read', () => {
    expect(displayShouldStayOn(undefined, at(3))).toBe(true)
    expect(displayShouldStayOn('whenever', at(3))).toBe(true)
  })
})

function setup(hours: string | undefined) {
  const clock = virtualTimers(MONDAY_5AM_CHINA)
  const blocker = new FakeBlocker()
  const logs: string[] = []
  const stop = keepDisplayOn({ hours, blocker, timers: clock.timers, log: (l) => logs.push(l) })
  return { clock, blocker, logs, stop }
}

describe('keepDisplayOn', () => {
  it('holds a display-sleep blocker from opening to closing, once per day', () => {
    const s = setup('Mo-Su 06:00-22:00')
    expect(s.blocker.active.size).toBe(0)
    s.clock.advance(HOUR)
    expect(s.blocker.active.size).toBe(1)
    expect(s.blocker.types).toEqual(['prevent-display-sleep'])
    s.clock.advance(16 * HOUR)
    expect(s.blocker.active.size).toBe(0)
    s.clock.advance(8 * HOUR)
    expect(s.blocker.types).toHaveLength(2)
    expect(s.blocker.active.size).toBe(1)
    expect(s.logs).toEqual([
      'Display kept on (opening hours)',
      'Display may sleep (closed)',
      'Display kept on (opening hours)',
    ])
  })

  it('keeps the display on all the time without opening hours', () => {
    const s = setup(undefined)
    s.clock.advance(72 * HOUR)
    expect(s.blocker.types).toHaveLength(1)
    expect(s.blocker.active.size).toBe(1)
    expect(s.logs).toEqual([])
  })

  it('releases the blocker and stops checking when stopped', () => {
    const s = setup('24/7')
    s.stop()
    expect(s.blocker.active.size).toBe(0)
    expect(s.clock.pendingCount()).toBe(0)
  })
})
