import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { ADMIN_SESSION_HEADER } from '../../common/admin/adminApi'
import type { UpdatesApi } from '../../common/update/updatesApi'
import { updatesHttpRoutes } from '../../common/update/updatesApi'
import type { ApiContext } from './apiRoutes'
import { HttpError, checkToken, readJsonBody } from './guards'

type Reply = (res: ServerResponse, status: number, value: unknown) => void

/** An update route, mounted by apiRoutes.ts next to the others. */
export type UpdateRoute = {
  method: 'POST'
  handle(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, reply: Reply): Promise<void>
}

function sessionHeader(req: IncomingMessage): string | undefined {
  const value = req.headers[ADMIN_SESSION_HEADER]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function updateRoute<B extends z.ZodType>(
  spec: { path: string; body: B; session: boolean },
  run: (updates: UpdatesApi, body: z.output<B>, session: string) => Promise<unknown>,
): [string, UpdateRoute] {
  return [
    spec.path,
    {
      method: 'POST',
      async handle(req, res, ctx, reply) {
        checkToken(req.headers['x-kiosk-token'], ctx.token)
        const body = await readJsonBody(req, spec.body)
        const updates = ctx.services.updates
        if (!updates) throw new HttpError(404, 'this host installs no update packages')
        const session = sessionHeader(req)
        if (spec.session && session === undefined) {
          throw new HttpError(
            401,
            `an admin session is required (the ${ADMIN_SESSION_HEADER} header)`,
          )
        }
        reply(res, 200, await run(updates, body, session ?? ''))
      },
    },
  ]
}

const r = updatesHttpRoutes

/**
 * The update part of the browser host's API. Every route is POST behind the launch token (even
 * the status read: it names the stick and the signer, which no other origin may learn); the PIN
 * in an install body is checked by the service and never logged; rollback needs the admin session.
 */
export const updateRoutes: Record<string, UpdateRoute> = Object.fromEntries([
  updateRoute(r.status, (u) => u.status()),
  updateRoute(r.checkNow, (u) => u.checkNow()),
  updateRoute(r.install, (u, body) => u.install(body.pin, body.options)),
  updateRoute(r.dismiss, (u) => u.dismiss()),
  updateRoute(r.rollback, (u, _body, session) => u.rollback(session)),
])
