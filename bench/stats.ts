/** Summary statistics for bench samples. Pure functions, so the table and the tests agree. */

/** The value at quantile `q` (0..1) by the nearest-rank method; NaN for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil(q * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

/** The median (nearest-rank, upper middle for an even count); NaN for no samples. */
export const median = (samples: readonly number[]): number => quantile(samples, 0.5)

/** The largest sample; NaN for no samples. */
export const max = (samples: readonly number[]): number =>
  samples.length === 0 ? Number.NaN : Math.max(...samples)

/** Rounds to `digits` decimals, keeping NaN (so a missing figure stays visibly missing). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** A tiny seeded PRNG (mulberry32): the same seed walks the same journeys on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
