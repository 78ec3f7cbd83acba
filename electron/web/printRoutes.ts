import type { IncomingMessage, ServerResponse } from 'node:http'
import { ADMIN_SESSION_HEADER } from '../../common/admin/adminApi'
import {
  MAX_PRINT_BODY_BYTES,
  printHttpRoutes,
  printSlipRequestSchema,
  printTestBodySchema,
  visitIdSchema,
} from '../../common/print/printApi'
import { AdminAuthError } from '../services/admin/adminService'
import { SlipRefused, type PrintService } from '../services/printing/printService'
import type { ApiContext } from './apiRoutes'
import { HttpError, checkToken, readJsonBody } from './guards'

type Reply = (res: ServerResponse, status: number, value: unknown) => void

/** A print route, mounted by apiRoutes.ts next to the others. */
export type PrintRoute = {
  method: 'GET' | 'POST'
  handle(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, reply: Reply): Promise<void>
}

function printOf(ctx: ApiContext): PrintService {
  if (!ctx.services.print) throw new HttpError(404, 'this host has no printing')
  return ctx.services.print
}

/** Service refusals as HTTP: a slip that does not fit the paper (422), no admin session (401). */
async function refusing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof SlipRefused) throw new HttpError(422, err.message)
    if (err instanceof AdminAuthError) throw new HttpError(401, err.message)
    throw err
  }
}

/**
 * The print part of the browser host's API. Status is a GET (the visit id in the query);
 * printing changes state (paper), so it needs the launch token, and the test slip also the admin
 * session. Slip bodies are larger than other bodies, so these routes have their own cap.
 */
export const printRoutes: Record<string, PrintRoute> = {
  [printHttpRoutes.status]: {
    method: 'GET',
    async handle(req, res, ctx, reply) {
      const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams
      const visit = visitIdSchema.safeParse(query.get('visit'))
      if (!visit.success) throw new HttpError(400, 'invalid query: visit: not a visit id')
      reply(res, 200, await printOf(ctx).status(visit.data))
    },
  },
  [printHttpRoutes.printSlip]: {
    method: 'POST',
    async handle(req, res, ctx, reply) {
      checkToken(req.headers['x-kiosk-token'], ctx.token)
      const body = await readJsonBody(req, printSlipRequestSchema, MAX_PRINT_BODY_BYTES)
      reply(res, 200, await refusing(() => printOf(ctx).printSlip(body)))
    },
  },
  [printHttpRoutes.printTest]: {
    method: 'POST',
    async handle(req, res, ctx, reply) {
      checkToken(req.headers['x-kiosk-token'], ctx.token)
      const session = req.headers[ADMIN_SESSION_HEADER]
      if (typeof session !== 'string' || session === '')
        throw new HttpError(
          401,
          `an admin session is required (the ${ADMIN_SESSION_HEADER} header)`,
        )
      const body = await readJsonBody(req, printTestBodySchema, MAX_PRINT_BODY_BYTES)
      reply(res, 200, await refusing(() => printOf(ctx).printTest(session, body.slip)))
    },
  },
}
