import { readFile, stat } from 'node:fs/promises'
import type { Protocol } from 'electron'
import type { ContentFiles } from '../services/contentFiles'
import { CONTENT_FILES_PATH, readContentFile } from '../serve/contentFile'
import { HttpError } from '../serve/httpError'
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveRendererFile } from '../serve/rendererFiles'
import { APP_HOST, APP_SCHEME } from './origin'

/**
 * Registers app:// as a standard, secure scheme. Must run before the app is ready; it gives the
 * renderer a real origin (so CSP 'self', fetch and relative URLs behave) without using file://,
 * which would open the whole disk to the page.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
}

function refusal(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...extra, ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/**
 * Answers one app:// request from the built renderer folder: only the `kiosk` host, only GET,
 * never a path outside the folder, always with the CSP header and the right MIME type.
 * `content-files/<name>` is answered from the active content's own files (maps, speech), with
 * byte ranges (the street map's PMTiles reader asks for one tile at a time).
 */
export async function serveAppRequest(
  rendererDir: string,
  request: Request,
  contentFiles?: ContentFiles,
): Promise<Response> {
  const url = new URL(request.url)
  if (url.host !== APP_HOST) return refusal(404, `unknown app host ${url.host}`)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refusal(405, 'app:// serves GET only')
  }
  if (url.pathname.startsWith(CONTENT_FILES_PATH)) {
    try {
      const file = await readContentFile(
        contentFiles,
        url.pathname.slice(CONTENT_FILES_PATH.length),
        request.headers.get('range'),
      )
      return new Response(request.method === 'HEAD' ? null : file.body, {
        status: file.status,
        headers: { ...HEADERS, ...file.headers },
      })
    } catch (err) {
      if (err instanceof HttpError) return refusal(err.status, err.message, err.headers)
      throw err
    }
  }
  const resolved = resolveRendererFile(rendererDir, url.pathname)
  if (!resolved.ok) return refusal(403, resolved.reason)
  const info = await stat(resolved.path).catch(() => undefined)
  if (!info?.isFile()) return refusal(404, `no file ${url.pathname}`)
  const body = await readFile(resolved.path)
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...HEADERS, 'Content-Type': mimeTypeFor(resolved.path) },
  })
}

/** Serves the renderer on app://kiosk/ (after `app` is ready), plus the content's own files. */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
  contentFiles?: ContentFiles,
): void {
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(rendererDir, request, contentFiles).catch((err: unknown) =>
      refusal(500, `cannot read the file: ${err instanceof Error ? err.message : String(err)}`),
    ),
  )
}
