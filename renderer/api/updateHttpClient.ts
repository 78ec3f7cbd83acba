import { ADMIN_SESSION_HEADER } from '../../common/admin/adminApi'
import { updatesChannels, updatesHttpRoutes, type UpdatesApi } from '../../common/update/updatesApi'
import { request, type HttpClientDeps } from './httpClient'

/**
 * The updates area over the browser host: every call is a POST with the launch token; rollback
 * carries the admin session header. Replies are parsed with the IPC schemas, so both hosts answer
 * the staff screen identically.
 */
export function createHttpUpdatesApi(deps: HttpClientDeps): UpdatesApi {
  const c = updatesChannels
  const r = updatesHttpRoutes
  return {
    status: () => request(deps, 'POST', r.status.path, c.status.result, {}),
    checkNow: () => request(deps, 'POST', r.checkNow.path, c.checkNow.result, {}),
    install: (pin, options) =>
      request(deps, 'POST', r.install.path, c.install.result, options ? { pin, options } : { pin }),
    dismiss: () => request(deps, 'POST', r.dismiss.path, c.dismiss.result, {}),
    rollback: (session) =>
      request(
        deps,
        'POST',
        r.rollback.path,
        c.rollback.result,
        {},
        {
          [ADMIN_SESSION_HEADER]: session,
        },
      ),
  }
}
