import type { IncomingMessage, ServerResponse } from 'node:http'
import { contentReloadBodySchema, httpRoutes } from '../../common/api/channels'
import type { HostNotice } from '../../common/api/kioskApi'
import type { ReloadResult } from '../services/contentService'
import type { KioskServices } from '../services/kioskServices'
import { adminRoutes } from './adminRoutes'
import { openEventStream } from './eventStream'
import { HttpError, checkToken, readJsonBody } from './guards'
import { printRoutes } from './printRoutes'
import { statsRoutes } from './statsRoutes'
import { updateRoutes } from './updateRoutes'

/** What the API routes need from the server that hosts them. */
export interface ApiContext {
  services: KioskServices
  token: string
  /** Re-reads the content sources; absent when the services offer no reload. */
  reloadContent?: () => Promise<ReloadResult>
  subscribe(listener: (notice: HostNotice) => void): () => void
  log(line: string): void
}

/** Writes a JSON reply that no cache keeps (content and settings change under the kiosk). */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

type Route = {
  method: 'GET' | 'POST'
  handle(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<void>
}

const reads = (get: (s: KioskServices) => Promise<unknown>): Route => ({
  method: 'GET',
  handle: async (_req, res, ctx) => sendJson(res, 200, await get(ctx.services)),
})

async function reloadContent(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
): Promise<void> {
  checkToken(req.headers['x-kiosk-token'], ctx.token)
  const body = await readJsonBody(req, contentReloadBodySchema)
  if (!ctx.reloadContent) throw new HttpError(409, 'this host cannot reload content')
  const result = await ctx.reloadContent()
  const errors = result.problems.filter((p) => p.severity === 'error')
  if (errors.length > 0 || !result.snapshot) {
    const listed = errors.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')
    const kept = result.snapshot ? ' (the last good content is still shown)' : ''
    throw new HttpError(422, `content refused: ${listed || 'no content file found'}${kept}`)
  }
  const contentVersion = result.snapshot.content.dataset.contentVersion
  ctx.log(`Content reloaded: version ${contentVersion}${body.reason ? ` (${body.reason})` : ''}`)
  sendJson(res, 200, { changed: result.changed, contentVersion })
}

const routes: Record<string, Route> = {
  [httpRoutes.contentGet]: reads((s) => s.content.get()),
  [httpRoutes.settingsGet]: reads((s) => s.settings.get()),
  [httpRoutes.appInfo]: reads((s) => s.app.info()),
  [httpRoutes.events]: {
    method: 'GET',
    handle: async (req, res, ctx) => openEventStream(req, res, ctx.subscribe),
  },
  [httpRoutes.contentReload]: { method: 'POST', handle: reloadContent },
  ...Object.fromEntries(
    Object.entries({ ...adminRoutes, ...statsRoutes, ...updateRoutes, ...printRoutes }).map(
      ([path, route]): [string, Route] => [
        path,
        { method: route.method, handle: (req, res, ctx) => route.handle(req, res, ctx, sendJson) },
      ],
    ),
  ),
}

/**
 * Serves the KioskApi over HTTP: reads are open to the page, anything that changes state
 * needs the launch token. Unknown paths are 404 and wrong methods 405, each with a message.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  ctx: ApiContext,
): Promise<void> {
  const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined
  if (!route) throw new HttpError(404, `no API route ${pathname}`)
  if (req.method !== route.method && !(route.method === 'GET' && req.method === 'HEAD')) {
    res.setHeader('Allow', route.method)
    throw new HttpError(405, `${pathname} accepts ${route.method} only`)
  }
  await route.handle(req, res, ctx)
}
