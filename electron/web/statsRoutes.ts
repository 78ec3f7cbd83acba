import type { IncomingMessage, ServerResponse } from 'node:http'
import { ADMIN_SESSION_HEADER } from '../../common/admin/adminApi'
import { statsBatchSchema } from '../../common/stats/schema'
import { statsHttpRoutes } from '../../common/stats/statsApi'
import { AdminAuthError } from '../services/admin/adminService'
import type { StatsService } from '../services/stats/statsService'
import type { ApiContext } from './apiRoutes'
import { HttpError, checkToken, readJsonBody } from './guards'

type Reply = (res: ServerResponse, status: number, value: unknown) => void

/** A stats route, mounted by apiRoutes.ts next to the others. */
export type StatsRoute = {
  method: 'GET' | 'POST'
  handle(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, reply: Reply): Promise<void>
}

function statsOf(ctx: ApiContext): StatsService {
  if (!ctx.services.stats) throw new HttpError(404, 'this host keeps no statistics')
  return ctx.services.stats
}

function session(req: IncomingMessage): string {
  const value = req.headers[ADMIN_SESSION_HEADER]
  if (typeof value !== 'string' || value === '') {
    throw new HttpError(401, `an admin session is required (the ${ADMIN_SESSION_HEADER} header)`)
  }
  return value
}

async function asAdmin<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof AdminAuthError) throw new HttpError(401, err.message)
    throw err
  }
}

/**
 * The stats part of the browser host's API. Recording changes state, so it needs the launch
 * token; the overview is a GET that only an admin session may make; exporting needs both.
 * Bodies hold only the closed event union, and a refused batch is counted not at all.
 */
export const statsRoutes: Record<string, StatsRoute> = {
  [statsHttpRoutes.record]: {
    method: 'POST',
    async handle(req, res, ctx, reply) {
      checkToken(req.headers['x-kiosk-token'], ctx.token)
      const body = await readJsonBody(req, statsBatchSchema)
      statsOf(ctx).record(body)
      reply(res, 200, null)
    },
  },
  [statsHttpRoutes.overview]: {
    method: 'GET',
    async handle(req, res, ctx, reply) {
      const token = session(req)
      reply(res, 200, await asAdmin(() => statsOf(ctx).overview(token)))
    },
  },
  [statsHttpRoutes.exportToSticks]: {
    method: 'POST',
    async handle(req, res, ctx, reply) {
      checkToken(req.headers['x-kiosk-token'], ctx.token)
      const token = session(req)
      reply(res, 200, await asAdmin(() => statsOf(ctx).exportToSticks(token)))
    },
  },
}
