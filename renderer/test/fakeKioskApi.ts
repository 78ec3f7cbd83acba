import { homeSnapshot } from '../../common/api/contentHome'
import type { ContentSnapshot, KioskApi } from '../../common/api/kioskApi'
import type { RendererProblem } from '../../common/api/rendererProblem'
import type { Content } from '../../common/content/schema'
import { calendarFacts } from '../../common/domain/tymeCalendar'
import { settingsSchema, type Settings } from '../../common/settings/schema'

/**
 * A KioskApi over fixed data, answering as a host would. `now` is the host clock the renderer
 * should adopt (content dates are judged by it, not by the test machine's clock).
 */
export function fakeKioskApi(opts: {
  content: Content
  settings?: Partial<Settings>
  now?: string
  /** Collects what the page reports for the host's error log (`app.reportProblem`). */
  problems?: RendererProblem[]
}): KioskApi {
  const settings = settingsSchema.parse(opts.settings ?? {})
  const now = opts.now ?? '2021-01-18T10:00:00+08:00'
  const snapshot: ContentSnapshot = {
    content: opts.content,
    source: 'factory',
    sha256: '0'.repeat(64),
  }
  return {
    content: {
      get: async () => snapshot,
      home: async () => homeSnapshot(snapshot),
    },
    settings: { get: async () => settings },
    app: {
      info: async () => ({
        name: 'relief-kiosk',
        version: '0.0.0-test',
        host: 'web',
        now,
        clockOverridden: true,
      }),
      reportProblem: async (problem) => {
        opts.problems?.push(problem)
      },
      // What the host would send for its clock's year (tests may use the library; the app not).
      calendar: async () => calendarFacts(Number(now.slice(0, 4))),
    },
    events: { subscribe: () => () => undefined },
  }
}
