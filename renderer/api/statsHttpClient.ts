import { ADMIN_SESSION_HEADER } from '../../common/admin/adminApi'
import { statsChannels, statsHttpRoutes, type StatsApi } from '../../common/stats/statsApi'
import { request, type HttpClientDeps } from './httpClient'

/**
 * The stats area over the browser host: recording is a POST with the launch token; the overview
 * and the export carry the admin session header. Replies are parsed with the IPC schemas, so
 * both hosts answer the renderer identically.
 */
export function createHttpStatsApi(deps: HttpClientDeps): StatsApi {
  const admin = (session: string) => ({ [ADMIN_SESSION_HEADER]: session })
  const c = statsChannels
  return {
    record: async (events) => {
      await request(deps, 'POST', statsHttpRoutes.record, c.record.result, { events })
    },
    overview: (session) =>
      request(deps, 'GET', statsHttpRoutes.overview, c.overview.result, undefined, admin(session)),
    exportToSticks: (session) =>
      request(
        deps,
        'POST',
        statsHttpRoutes.exportToSticks,
        c.exportToSticks.result,
        {},
        admin(session),
      ),
  }
}
