/** Wrong PINs allowed before the pad locks at all (a fumbled digit should not lock anyone out). */
export const FREE_FAILURES = 2
/** The first lock, after failure number FREE_FAILURES + 1; each further failure doubles it. */
export const FIRST_LOCK_MS = 30_000
/** The longest lock: at most ~48 guesses a day however long an attacker stands there. */
export const MAX_LOCK_MS = 30 * 60_000

/**
 * How long the PIN pad stays locked after the `failures`-th consecutive wrong PIN:
 * nothing for the first two, then 30 s, 60 s, 2 min, 4 min, … capped at 30 min.
 */
export function lockDurationMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_FAILURES) return 0
  const doublings = Math.min(failures - FREE_FAILURES - 1, 20)
  return Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS)
}
