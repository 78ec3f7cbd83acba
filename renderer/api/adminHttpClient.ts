import type { z } from 'zod'
import {
  ADMIN_SESSION_HEADER,
  adminChannels,
  adminHttpRoutes,
  type AdminApi,
} from '../../common/admin/adminApi'
import { request, type HttpClientDeps } from './httpClient'

/**
 * The admin area over the browser host: every call is a POST with the launch token; calls made
 * inside a session carry it in the admin header. Replies are parsed with the same schemas the
 * Electron preload uses, so both hosts answer the renderer identically.
 */
export function createHttpAdminApi(deps: HttpClientDeps): AdminApi {
  const post = <S extends z.ZodType>(
    path: string,
    schema: S,
    body: unknown,
    session?: string,
  ): Promise<z.infer<S>> =>
    request(deps, 'POST', path, schema, body, session ? { [ADMIN_SESSION_HEADER]: session } : {})
  const r = adminHttpRoutes
  const c = adminChannels
  return {
    status: () => post(r.status.path, c.status.result, {}),
    setFirstPin: (pin) => post(r.setFirstPin.path, c.setFirstPin.result, { pin }),
    login: (pin) => post(r.login.path, c.login.result, { pin }),
    provision: () => post(r.provision.path, c.provision.result, {}),
    logout: async (session) => {
      await post(r.logout.path, c.logout.result, {}, session)
    },
    updateSettings: (session, patch) =>
      post(r.updateSettings.path, c.updateSettings.result, { patch }, session),
    diagnostics: (session) => post(r.diagnostics.path, c.diagnostics.result, {}, session),
    auditLog: (session) => post(r.auditLog.path, c.auditLog.result, {}, session),
    changePin: (session, pin) => post(r.changePin.path, c.changePin.result, { pin }, session),
    findConfigs: (session) => post(r.findConfigs.path, c.findConfigs.result, {}, session),
    applyConfig: (session, folder) =>
      post(r.applyConfig.path, c.applyConfig.result, { folder }, session),
    rollbackContent: (session) =>
      post(r.rollbackContent.path, c.rollbackContent.result, {}, session),
    exportDiagnostics: (session) =>
      post(r.exportDiagnostics.path, c.exportDiagnostics.result, {}, session),
    listKeys: (session) => post(r.listKeys.path, c.listKeys.result, {}, session),
    addKey: (session) => post(r.addKey.path, c.addKey.result, {}, session),
    removeKey: (session, keyId) => post(r.removeKey.path, c.removeKey.result, { keyId }, session),
    hostActions: (session) => post(r.hostActions.path, c.hostActions.result, {}, session),
    restartApp: (session) => post(r.restartApp.path, c.restartApp.result, {}, session),
    quitApp: (session) => post(r.quitApp.path, c.quitApp.result, {}, session),
  }
}
