import type { IncomingMessage } from 'node:http'
import { kioskContract } from '../../common/api/contract'
import {
  ADMIN_SESSION_HEADER,
  LAUNCH_TOKEN_HEADER,
  methodsOf,
  routeOf,
  type MethodSpec,
} from '../../common/api/method'
import { adminSessionSchema } from '../../common/admin/schemas'
import { callService } from '../serve/dispatch'
import type { KioskServices } from '../services/kioskServices'
import { HttpError, checkToken, readJsonBody } from './guards'

/** One table entry as the browser host serves it. */
export interface ContractRoute {
  method: 'GET' | 'POST'
  area: string
  name: string
  spec: MethodSpec
}

/** Every table method by its path. */
export const contractRoutes: ReadonlyMap<string, ContractRoute> = new Map(
  methodsOf(kioskContract).map(({ area, name, spec }) => {
    const route = routeOf(area, name, spec)
    return [route.path, { method: route.method, area, name, spec }]
  }),
)

function sessionFrom(req: IncomingMessage): string {
  const parsed = adminSessionSchema.safeParse(req.headers[ADMIN_SESSION_HEADER])
  if (!parsed.success) {
    throw new HttpError(401, `an admin session is required (the ${ADMIN_SESSION_HEADER} header)`)
  }
  return parsed.data
}

/**
 * Serves one table method. The checks run here, for every method, in this one order: launch
 * token (403 `forbidden`), admin session header (401 `no-session`), body against the entry's
 * argument schema (400 `bad-request`), the area offered by this host (404 `unavailable`); then
 * the service, whose contract errors (`no-session` 401, `refused` 422 …) go out with their code
 * as the server's error reply (server.ts). Bodies (a PIN) are never logged.
 */
export async function serveContractRoute(
  req: IncomingMessage,
  route: ContractRoute,
  ctx: { services: KioskServices; token: string },
): Promise<unknown> {
  const { spec } = route
  if (spec.token) checkToken(req.headers[LAUNCH_TOKEN_HEADER], ctx.token)
  const session = spec.session ? [sessionFrom(req)] : []
  const args =
    route.method === 'GET' ? [] : await readJsonBody(req, spec.args, [], spec.maxBodyBytes)
  return await callService(ctx.services, route.area, route.name, [...session, ...args])
}
