import { describe, expect, it } from 'vitest'
import { createPaperLimits } from './paperLimits'

const limits = { perSession: 3, perHour: 5 }

describe('paper limits', () => {
  it('holds one visit to its per-session count and lets the next visit start fresh', () => {
    const l = createPaperLimits()
    for (let i = 0; i < 3; i++) l.count('visit-aaaa', 1000)
    expect(l.left('visit-aaaa', limits, 1000)).toEqual({ sessionLeft: 0, hourLeft: 2 })
    expect(l.left('visit-bbbb', limits, 1000)).toEqual({ sessionLeft: 3, hourLeft: 2 })
  })

  it('counts the kiosk-wide hour over a sliding window', () => {
    const l = createPaperLimits()
    for (let i = 0; i < 5; i++) l.count(`visit-${i}aaaa`, i * 60_000)
    expect(l.left('visit-new', limits, 5 * 60_000).hourLeft).toBe(0)
    // The first slip leaves the window one hour after it was printed.
    expect(l.left('visit-new', limits, 60 * 60_000).hourLeft).toBe(1)
  })

  it('forgets the oldest visits beyond its bound, never the most recent', () => {
    const l = createPaperLimits()
    l.count('visit-first', 0)
    for (let i = 0; i < 64; i++) l.count(`visit-${i}-x`, 0)
    expect(l.left('visit-first', limits, 0).sessionLeft).toBe(3)
    expect(l.left('visit-63-x', limits, 0).sessionLeft).toBe(2)
  })
})
