/** Visits remembered for the per-session limit; older ones are forgotten first. */
const MAX_VISITS = 64
const HOUR_MS = 60 * 60 * 1000

/**
 * Counts slips against the two paper limits: `perSession` per visitor session (keyed by the
 * renderer's random visit id) and `perHour` for the whole kiosk over any 60 minutes. Only the
 * times of the last hour's slips and a bounded set of visit ids are held, in memory: nothing
 * about a person, and a restart forgets it (the hourly limit is a guard, not an audit).
 */
export function createPaperLimits() {
  const visits = new Map<string, number>()
  let printedAt: number[] = []

  const prune = (now: number) => {
    printedAt = printedAt.filter((t) => now - t < HOUR_MS)
  }

  return {
    /** What is left for this visit and this hour, under the given limits. */
    left(visit: string, limits: { perSession: number; perHour: number }, now: number) {
      prune(now)
      return {
        sessionLeft: Math.max(0, limits.perSession - (visits.get(visit) ?? 0)),
        hourLeft: Math.max(0, limits.perHour - printedAt.length),
      }
    },
    /** Counts one printed slip (call only after the printer took it). */
    count(visit: string | undefined, now: number) {
      printedAt.push(now)
      if (visit === undefined) return
      const before = visits.get(visit) ?? 0
      // Re-inserted so the map's order is least recently used first.
      visits.delete(visit)
      visits.set(visit, before + 1)
      if (visits.size > MAX_VISITS) {
        const oldest = visits.keys().next().value
        if (oldest !== undefined) visits.delete(oldest)
      }
    },
  }
}
export type PaperLimits = ReturnType<typeof createPaperLimits>
