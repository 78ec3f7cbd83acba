import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { ADMIN_SESSION_HEADER, adminHttpRoutes } from '../../common/admin/adminApi'
import { AdminAuthError, type AdminService } from '../services/admin/adminService'
import type { ApiContext } from './apiRoutes'
import { HttpError, checkToken, readJsonBody } from './guards'

type Reply = (res: ServerResponse, status: number, value: unknown) => void

/** An admin route: launch token (403), admin session header (401), body (400), live session (401). */
export type AdminRoute = {
  method: 'POST'
  handle(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, reply: Reply): Promise<void>
}

function sessionHeader(req: IncomingMessage): string | undefined {
  const value = req.headers[ADMIN_SESSION_HEADER]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function adminRoute<B extends z.ZodType>(
  spec: { path: string; body: B; session: boolean },
  run: (admin: AdminService, body: z.output<B>, session: string) => Promise<unknown>,
): [string, AdminRoute] {
  return [
    spec.path,
    {
      method: 'POST',
      async handle(req, res, ctx, reply) {
        checkToken(req.headers['x-kiosk-token'], ctx.token)
        const admin = ctx.services.admin
        if (!admin) throw new HttpError(404, 'this host offers no administration')
        const session = sessionHeader(req)
        if (spec.session && session === undefined) {
          throw new HttpError(
            401,
            `an admin session is required (the ${ADMIN_SESSION_HEADER} header)`,
          )
        }
        const body = await readJsonBody(req, spec.body)
        try {
          reply(res, 200, await run(admin, body, session ?? ''))
        } catch (err) {
          if (err instanceof AdminAuthError) throw new HttpError(401, err.message)
          throw err
        }
      },
    },
  ]
}

const r = adminHttpRoutes

/**
 * The admin part of the browser host's API. Every route is POST and needs the launch token, so a
 * page on another origin cannot even ask whether a PIN is set; the protected ones also need the
 * admin session in the `X-Kiosk-Admin` header. Request bodies (a PIN) are never logged.
 */
export const adminRoutes: Record<string, AdminRoute> = Object.fromEntries([
  adminRoute(r.status, (a) => a.status()),
  adminRoute(r.setFirstPin, (a, body) => a.setFirstPin(body.pin)),
  adminRoute(r.login, (a, body) => a.login(body.pin)),
  adminRoute(r.provision, (a) => a.provision()),
  adminRoute(r.logout, async (a, _body, session) => {
    await a.logout(session)
    return null
  }),
  adminRoute(r.updateSettings, (a, body, session) => a.updateSettings(session, body.patch)),
  adminRoute(r.diagnostics, (a, _body, session) => a.diagnostics(session)),
  adminRoute(r.auditLog, (a, _body, session) => a.auditLog(session)),
  adminRoute(r.changePin, (a, body, session) => a.changePin(session, body.pin)),
  adminRoute(r.findConfigs, (a, _body, session) => a.findConfigs(session)),
  adminRoute(r.applyConfig, (a, body, session) => a.applyConfig(session, body.folder)),
  adminRoute(r.rollbackContent, (a, _body, session) => a.rollbackContent(session)),
  adminRoute(r.exportDiagnostics, (a, _body, session) => a.exportDiagnostics(session)),
  adminRoute(r.listKeys, (a, _body, session) => a.listKeys(session)),
  adminRoute(r.addKey, (a, _body, session) => a.addKey(session)),
  adminRoute(r.removeKey, (a, body, session) => a.removeKey(session, body.keyId)),
  adminRoute(r.hostActions, (a, _body, session) => a.hostActions(session)),
  adminRoute(r.restartApp, (a, _body, session) => a.restartApp(session)),
  adminRoute(r.quitApp, (a, _body, session) => a.quitApp(session)),
])
