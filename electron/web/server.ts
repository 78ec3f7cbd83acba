import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { FIRST_LOAD, contractRoute, type KioskContract } from '../../common/api/contract'
import { HTTP_STATUS_OF, KioskApiError } from '../../common/api/errors'
import { toApiError } from '../serve/apiError'
import type { ReloadResult } from '../services/contentService'
import type { KioskServices } from '../services/kioskServices'
import {
  CONTENT_HOME_PATH,
  handleApi,
  keepContentJsonReady,
  sendJson,
  type ApiContext,
} from './apiRoutes'
import { CONTENT_FILES_PATH } from '../serve/contentFile'
import { serveContentFile } from './contentFileRoute'
import { HttpError, checkHost } from './guards'
import {
  CONTENT_SECURITY_POLICY,
  injectPreloads,
  type PreloadOrder,
  injectTokenMeta,
  mimeTypeFor,
  resolveRendererFile,
} from '../serve/rendererFiles'

export interface WebHostOptions {
  services: KioskServices
  /** The built renderer (dist/renderer). */
  rendererDir: string
  /** 0 (default) lets the OS pick a free port. */
  port?: number
  /** Per-launch secret for state-changing calls; a fresh random one when absent. */
  token?: string
  /** Backs `POST /api/content/reload` (e.g. an author re-reading a previewed file). */
  reloadContent?: () => Promise<ReloadResult>
  log?: (line: string) => void
}

export interface WebHost {
  readonly url: string
  /** The address actually bound (always 127.0.0.1). */
  readonly address: string
  readonly port: number
  readonly token: string
  /** Stops listening and ends open event streams; the services stay open (the caller owns them). */
  close(): Promise<void>
}

/**
 * The first screen's requests, named in index.html so they start before the code has run: the
 * content (its home form) before the entry script, the rest after it (see injectPreloads).
 */
const FIRST_LOAD_PATHS = FIRST_LOAD.map(
  ([area, name]) => contractRoute(area, name as keyof KioskContract[typeof area] & string).path,
)
const PRELOAD_ORDER: PreloadOrder = {
  beforeScript: FIRST_LOAD_PATHS.filter((p) => p === CONTENT_HOME_PATH),
  afterScript: FIRST_LOAD_PATHS.filter((p) => p !== CONTENT_HOME_PATH),
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

async function serveRendererFile(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  rendererDir: string,
  token: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    throw new HttpError(405, 'renderer files accept GET and HEAD only')
  }
  const resolved = resolveRendererFile(rendererDir, rawPath)
  if (!resolved.ok) throw new HttpError(403, `refused ${rawPath}: ${resolved.reason}`)
  const info = await stat(resolved.path).catch(() => undefined)
  if (!info?.isFile()) throw new HttpError(404, `no file ${rawPath} in the renderer build`)
  let body = await readFile(resolved.path)
  const isIndex = resolved.path.endsWith('index.html')
  if (isIndex) {
    const html = injectPreloads(body.toString('utf8'), PRELOAD_ORDER)
    body = Buffer.from(injectTokenMeta(html, token), 'utf8')
  }
  res.writeHead(200, {
    'Content-Type': mimeTypeFor(resolved.path),
    'Content-Length': body.length,
    'Cache-Control': isIndex ? 'no-store' : 'no-cache',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Answers a failed request. API replies carry the contract error (`{ error: { code, message } }`)
 * with the status the browser host chose (HttpError) or the one the code travels with; files get
 * plain text. A failure the host did not mean is logged with its stack and told as `internal`.
 */
function sendError(res: ServerResponse, err: unknown, isApi: boolean, log: (l: string) => void) {
  const error = toApiError(err)
  const status = err instanceof HttpError ? err.status : HTTP_STATUS_OF[error.code]
  const message = error.message
  if (!(err instanceof KioskApiError))
    log(`Request failed: ${err instanceof Error ? err.stack : String(err)}`)
  if (res.headersSent) {
    res.destroy()
    return
  }
  // A refused upload may still be streaming in; do not keep reading it on this socket.
  if (status === 413) res.setHeader('Connection', 'close')
  if (isApi) {
    sendJson(res, status, { error })
    return
  }
  res.writeHead(status, {
    ...(err instanceof HttpError ? err.headers : {}),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(`${message}\n`)
}

/**
 * Starts the browser host: the built renderer and the KioskApi over HTTP on 127.0.0.1 only,
 * with the Host header checked on every request (DNS rebinding) and the launch token required
 * for state changes. No request, however malformed, can throw out of the handler.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const log = options.log ?? ((line: string) => console.error(line))
  const ctx: ApiContext = {
    services: options.services,
    token,
    reloadContent: options.reloadContent,
    // Each event stream subscribes for as long as its connection lives; close() ends them all.
    subscribe: (listener) => options.services.onNotice(listener),
    log,
  }
  let port = 0

  const stopWarming = await keepContentJsonReady(options.services)

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/'
    const isApi = rawPath === '/api' || rawPath.startsWith('/api/')
    const handled = (async () => {
      checkHost(req.headers.host, port)
      if (isApi) await handleApi(req, res, rawPath, ctx)
      else if (rawPath.startsWith(CONTENT_FILES_PATH))
        await serveContentFile(req, res, rawPath, options.services.contentFiles)
      else await serveRendererFile(req, res, rawPath, options.rendererDir, token)
    })()
    handled.catch((err: unknown) => sendError(res, err, isApi, log))
  })
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address')
  port = address.port

  return {
    url: `http://127.0.0.1:${port}/`,
    address: address.address,
    port,
    token,
    close() {
      stopWarming()
      return new Promise((resolveClose) => {
        server.close(() => resolveClose())
        server.closeAllConnections()
      })
    },
  }
}
