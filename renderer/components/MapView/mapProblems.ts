import {
  problemDetail,
  type RendererProblem,
  type RendererProblemKind,
} from '../../../common/api/rendererProblem'

/** The host's error log (`app.reportProblem`, through the kiosk state). */
export type ReportProblem = (problem: RendererProblem) => Promise<void>

/**
 * Notes why the street map fell back to the schematic in the host's error log, once per kind of
 * problem per page: a missing GPU would otherwise send the same line from every place page all
 * day (the host limits it again, for a page that does not hold back). Only the kind and a
 * cleaned-up technical message travel (`problemDetail`: no addresses, nothing but ASCII), never
 * which place was open. When the host cannot take it, the line goes to the console instead.
 */
export function createMapProblemReporter() {
  const reported = new Set<RendererProblemKind>()
  return (report: ReportProblem, kind: RendererProblemKind, error?: unknown): void => {
    if (reported.has(kind)) return
    reported.add(kind)
    const detail = problemDetail(error)
    const toConsole = (why: unknown) =>
      console.warn(
        `street map unavailable (${kind})${detail ? `: ${detail}` : ''}; showing the sketch`,
        `(not in the host's error log: ${String(why)})`,
      )
    try {
      report({ kind, ...(detail ? { detail } : {}) }).catch(toConsole)
    } catch (why) {
      toConsole(why)
    }
  }
}

/** The page's one reporter: MapView calls it for WebGL missing and for map failures. */
export const reportMapProblem = createMapProblemReporter()
