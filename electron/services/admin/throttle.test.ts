import { describe, expect, it } from 'vitest'
import { FIRST_LOCK_MS, MAX_LOCK_MS, lockDurationMs } from './throttle'

describe('lockDurationMs', () => {
  it('lets the first two wrong PINs pass without a lock', () => {
    expect([0, 1, 2].map(lockDurationMs)).toEqual([0, 0, 0])
  })

  it('locks from the third failure on and doubles each time: 30 s, 60 s, 2 min, 4 min', () => {
    expect([3, 4, 5, 6].map(lockDurationMs)).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(lockDurationMs(3)).toBe(FIRST_LOCK_MS)
  })

  it('never grows past the cap, however many failures', () => {
    expect(lockDurationMs(10)).toBe(MAX_LOCK_MS)
    expect(lockDurationMs(10_000)).toBe(MAX_LOCK_MS)
    for (let n = 3; n < 40; n++)
      expect(lockDurationMs(n + 1)).toBeGreaterThanOrEqual(lockDurationMs(n))
  })

  it('treats a nonsense count as no lock rather than throwing', () => {
    expect(lockDurationMs(Number.NaN)).toBe(0)
    expect(lockDurationMs(-5)).toBe(0)
  })
})
