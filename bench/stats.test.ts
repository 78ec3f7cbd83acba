import { describe, expect, it } from 'vitest'
import { max, median, quantile, round, seededRandom } from './stats'

describe('quantile', () => {
  it('uses the nearest rank, whatever the input order', () => {
    const samples = [50, 10, 40, 20, 30, 100, 90, 80, 70, 60]
    expect(quantile(samples, 0.5)).toBe(50)
    expect(quantile(samples, 0.95)).toBe(100)
    expect(quantile(samples, 0.1)).toBe(10)
    expect(quantile(samples, 0)).toBe(10)
  })

  it('is NaN without samples, so a missing figure is never shown as 0', () => {
    expect(quantile([], 0.5)).toBeNaN()
    expect(median([])).toBeNaN()
    expect(max([])).toBeNaN()
  })

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2]
    median(samples)
    expect(samples).toEqual([3, 1, 2])
  })
})

describe('round', () => {
  it('rounds to the given decimals and keeps NaN', () => {
    expect(round(12.345, 1)).toBe(12.3)
    expect(round(0.456, 2)).toBe(0.46)
    expect(round(Number.NaN)).toBeNaN()
  })
})

describe('seededRandom', () => {
  it('repeats the same walk for the same seed and differs for another', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const c = seededRandom(8)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect([c(), c(), c()]).not.toEqual(first)
    for (const v of first) expect(v >= 0 && v < 1).toBe(true)
  })
})
