import type { HealthReport } from '../../../common/fleet/health'

export type HealthVerdict =
  { ok: true; report: HealthReport } | { ok: false; reason: string; report?: HealthReport }

export interface HealthGate {
  /**
   * Asks the renderer to check the content version `version` now on screen and waits up to
   * `timeoutMs` for its answer. No answer in time fails, as a crashed or frozen renderer would.
   */
  check(version: number, timeoutMs: number): Promise<HealthVerdict>
  /** The renderer's `reportHealth`; a report for another version (or none asked) is ignored. */
  report(report: HealthReport): void
}

/** Why a report fails, in the words the receipt and the error log use. */
function failure(report: HealthReport): string {
  if (!report.homeReady) return report.problem ?? 'the home screen did not render'
  return (
    report.problem ??
    `only ${report.tilesOpened} of ${report.tilesTotal} need tiles opened on the new content`
  )
}

/**
 * The mark-good gate of an automatic install (the RAUC/Mender pattern): the new content stays
 * only when the renderer reports home ready and every need tile opened. The request is repeated
 * every `repeatMs` so a renderer that (re)connects during the wait still hears it.
 */
export function createHealthGate(ask: (version: number) => void, repeatMs = 2_000): HealthGate {
  let waiting: { version: number; done: (v: HealthVerdict) => void } | undefined
  return {
    check(version, timeoutMs) {
      waiting?.done({ ok: false, reason: 'a newer health check replaced this one' })
      return new Promise<HealthVerdict>((resolve) => {
        const repeat = setInterval(() => ask(version), repeatMs)
        const timer = setTimeout(
          () =>
            finish({
              ok: false,
              reason: `the screen did not report the new content working within ${Math.round(timeoutMs / 1000)} s`,
            }),
          timeoutMs,
        )
        const finish = (verdict: HealthVerdict) => {
          clearInterval(repeat)
          clearTimeout(timer)
          if (waiting?.done === finish) waiting = undefined
          resolve(verdict)
        }
        waiting = { version, done: finish }
        ask(version)
      })
    },
    report(report) {
      if (!waiting || report.contentVersion !== waiting.version) return
      const ok = report.ok && report.homeReady && report.tilesOpened === report.tilesTotal
      waiting.done(ok ? { ok: true, report } : { ok: false, reason: failure(report), report })
    },
  }
}
