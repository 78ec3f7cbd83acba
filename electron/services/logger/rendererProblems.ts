import type { RendererProblem, RendererProblemKind } from '../../../common/api/rendererProblem'
import type { Logger } from './logger'

/** What each kind means, for staff reading the error log on the diagnostics screen. */
const SAYS: Record<RendererProblemKind, string> = {
  'map-webgl':
    'street map unavailable: this screen cannot draw WebGL (GPU driver, or WebGL turned off); place pages show the sketch',
  'map-error':
    'street map failed (its style or a tile could not be drawn); the place page showed the sketch',
  'map-walkgraph':
    'walking graph not loaded (refused or unreadable); walks without an office route are drawn as straight lines',
}

const DAY_MS = 24 * 60 * 60 * 1000

export interface RendererProblemsOptions {
  /** The services' logger: a `warn` record reaches stderr and the durable error log. */
  log: Logger
  now?: () => number
  /** The same kind and detail is written at most once in this long (default a day). */
  windowMs?: number
  /** At most this many entries in any such window, whatever their kinds (default 6). */
  maxPerWindow?: number
}

/**
 * The host's side of `app.reportProblem`. The page already reports each kind once per page
 * load, but a page can reload all day (a crash loop, a broken GPU driver after every restart)
 * or lie about what it is: so the host writes the same kind and detail at most once a window
 * and at most `maxPerWindow` entries a window in all, and counts the rest into the next entry
 * it writes. The error log itself keeps its last 200 entries of bounded length, so nothing a
 * page does can fill the disk or push the other services' entries out. Memory stays bounded
 * too: only the entries written in the current window are remembered.
 */
export function createRendererProblems(options: RendererProblemsOptions) {
  const now = options.now ?? Date.now
  const windowMs = options.windowMs ?? DAY_MS
  const maxPerWindow = options.maxPerWindow ?? 6
  /** `kind \n detail` → when it was written, for the entries of the current window only. */
  const written = new Map<string, number>()
  let notLogged = 0

  return {
    reportProblem(problem: RendererProblem): void {
      const at = now()
      for (const [key, when] of written) if (at - when >= windowMs) written.delete(key)
      const key = `${problem.kind}\n${problem.detail ?? ''}`
      if (written.has(key) || written.size >= maxPerWindow) {
        notLogged += 1
        return
      }
      written.set(key, at)
      const detail = problem.detail ? `: ${problem.detail}` : ''
      const skipped =
        notLogged > 0
          ? ` (${notLogged} repeated or further reports before this were not logged)`
          : ''
      notLogged = 0
      options.log({
        level: 'warn',
        area: 'renderer',
        message: `${SAYS[problem.kind]}${detail}${skipped}`,
      })
    },
  }
}
