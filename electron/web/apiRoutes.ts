import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { contractRoute } from '../../common/api/contract'
import { EVENTS_PATH, type ContentSnapshot, type HostNotice } from '../../common/api/kioskApi'
import { LAUNCH_TOKEN_HEADER } from '../../common/api/method'
import { formatProblem } from '../../common/content/checks/problems'
import { onceFor } from '../../common/onceFor'
import type { ReloadResult } from '../services/contentService'
import type { KioskServices } from '../services/kioskServices'
import { contractRoutes, serveContractRoute } from './contractRoutes'
import { openEventStream } from './eventStream'
import { HttpError, checkToken, readJsonBody } from './guards'

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
  sendJsonText(res, status, JSON.stringify(value))
}

function sendJsonText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

/** Browser host only (an author re-reading a previewed file): not part of the KioskApi. */
export const CONTENT_RELOAD_PATH = '/api/content/reload'

/** Body of `POST /api/content/reload`: an optional note for the log. */
const contentReloadBodySchema = z
  .object({ reason: z.string().trim().min(1).max(200).optional() })
  .strict()

async function reloadContent(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
): Promise<void> {
  checkToken(req.headers[LAUNCH_TOKEN_HEADER], ctx.token)
  const body = await readJsonBody(req, contentReloadBodySchema)
  if (!ctx.reloadContent) throw new HttpError(409, 'this host cannot reload content')
  const result = await ctx.reloadContent()
  const errors = result.problems.filter((p) => p.severity === 'error')
  if (errors.length > 0 || !result.snapshot) {
    const listed = errors.map(formatProblem).join('; ')
    const kept = result.snapshot ? ' (the last good content is still shown)' : ''
    throw new HttpError(422, `content refused: ${listed || 'no content file found'}${kept}`)
  }
  const contentVersion = result.snapshot.content.dataset.contentVersion
  ctx.log(`Content reloaded: version ${contentVersion}${body.reason ? ` (${body.reason})` : ''}`)
  sendJson(res, 200, { changed: result.changed, contentVersion })
}

type Route = {
  method: 'GET' | 'POST'
  handle(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<void>
}

/** The routes that are not table methods: the event stream and the author's reload. */
const extraRoutes: Record<string, Route> = {
  [EVENTS_PATH]: {
    method: 'GET',
    handle: async (req, res, ctx) => openEventStream(req, res, ctx.token, ctx.subscribe),
  },
  [CONTENT_RELOAD_PATH]: { method: 'POST', handle: reloadContent },
}

/**
 * The JSON of each content snapshot, made once. The content service hands out the same snapshot
 * object until the content changes (new content is a new snapshot, never an edit in place); at
 * 10,000 places that JSON is 8 MB, and writing it afresh held the host's one thread for 50–90 ms
 * on every page load, in front of the page's own scripts.
 */
const snapshotJson = new WeakMap<ContentSnapshot, string>()

export function contentSnapshotJson(snapshot: ContentSnapshot): string {
  return onceFor(snapshotJson, snapshot, (s) => JSON.stringify(s))
}

/**
 * Writes the content's JSON, whole and home form, now (the host awaits it before it listens) and
 * again after each change, so no page waits for it. Returns the function that stops following
 * changes.
 */
export async function keepContentJsonReady(services: KioskServices): Promise<() => void> {
  const write = () =>
    Promise.all(
      [services.content.get(), services.content.home()].map((reply) =>
        reply.then(contentSnapshotJson, () => undefined),
      ),
    )
  await write()
  return services.onNotice((notice) => {
    if (notice.kind === 'content-changed') void write()
  })
}

/** The content replies' routes: the replies written from `contentSnapshotJson`. */
export const CONTENT_GET_PATH = contractRoute('content', 'get').path
export const CONTENT_HOME_PATH = contractRoute('content', 'home').path
const CONTENT_PATHS: readonly string[] = [CONTENT_GET_PATH, CONTENT_HOME_PATH]

function routeFor(pathname: string): Route | undefined {
  const contract = contractRoutes.get(pathname)
  if (contract) {
    const isContent = CONTENT_PATHS.includes(pathname)
    return {
      method: contract.method,
      handle: async (req, res, ctx) => {
        const value = await serveContractRoute(req, contract, ctx)
        if (isContent) sendJsonText(res, 200, contentSnapshotJson(value as ContentSnapshot))
        else sendJson(res, 200, value)
      },
    }
  }
  return Object.hasOwn(extraRoutes, pathname) ? extraRoutes[pathname] : undefined
}

/**
 * Serves the KioskApi over HTTP: every method of the contract table at `/api/<area>/<verb>`,
 * plus the event stream. Unknown paths are 404 and wrong methods 405, each with a message.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  ctx: ApiContext,
): Promise<void> {
  const route = routeFor(pathname)
  if (!route) throw new HttpError(404, `no API route ${pathname}`)
  if (req.method !== route.method && !(route.method === 'GET' && req.method === 'HEAD')) {
    res.setHeader('Allow', route.method)
    throw new HttpError(405, `${pathname} accepts ${route.method} only`)
  }
  await route.handle(req, res, ctx)
}
