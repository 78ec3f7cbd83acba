import { ADMIN_SESSION_HEADER } from '../../common/admin/adminApi'
import { printChannels, printHttpRoutes, type PrintApi } from '../../common/print/printApi'
import { request, type HttpClientDeps } from './httpClient'

/**
 * The print area over the browser host: status is a GET with the visit id in the query;
 * printing is a POST with the launch token (and the admin session for a test slip). Replies are
 * parsed with the IPC schemas, so both hosts answer the renderer identically.
 */
export function createHttpPrintApi(deps: HttpClientDeps): PrintApi {
  const c = printChannels
  return {
    status: (visit) =>
      request(
        deps,
        'GET',
        `${printHttpRoutes.status}?visit=${encodeURIComponent(visit)}`,
        c.status.result,
      ),
    printSlip: (body) => request(deps, 'POST', printHttpRoutes.printSlip, c.printSlip.result, body),
    printTest: (session, slip) =>
      request(
        deps,
        'POST',
        printHttpRoutes.printTest,
        c.printTest.result,
        { slip },
        {
          [ADMIN_SESSION_HEADER]: session,
        },
      ),
  }
}
