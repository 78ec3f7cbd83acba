import { z } from 'zod'
import { httpRoutes } from '../../common/api/channels'
import {
  appInfoSchema,
  contentSnapshotSchema,
  hostNoticeSchema,
  settingsSchema,
  type HostNotice,
  type KioskApi,
} from '../../common/api/kioskApi'
import { createHttpAdminApi } from './adminHttpClient'
import { createHttpPrintApi } from './printHttpClient'
import { createHttpStatsApi } from './statsHttpClient'
import { createHttpUpdatesApi } from './updateHttpClient'

/** The browser pieces the HTTP client uses, passed in so tests can supply their own. */
export interface HttpClientDeps {
  fetch: typeof fetch
  createEventSource: (url: string) => EventSource
  /** The per-launch token from `<meta name="kiosk-token">`, sent with state-changing calls. */
  token: () => string | undefined
}

const errorReplySchema = z.object({ error: z.string() })

/**
 * One call to the browser host: JSON in and out, the launch token on anything but GET, the reply
 * parsed with `schema`. Rejects with the host's own error message and the HTTP status.
 */
export async function request<S extends z.ZodType>(
  deps: HttpClientDeps,
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders }
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json'
    headers['X-Kiosk-Token'] = deps.token() ?? ''
  }
  const reply = await deps.fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: unknown = await reply.json().catch(() => undefined)
  if (!reply.ok) {
    const parsedError = errorReplySchema.safeParse(json)
    const reason = parsedError.success ? parsedError.data.error : reply.statusText
    throw new Error(`${method} ${path} failed (${reply.status}): ${reason}`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new Error(
      `${method} ${path} returned an unexpected reply: ${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data
}

/**
 * The KioskApi over the browser host's HTTP routes. Every reply is parsed with the contract's
 * schemas, so a wrong or stale host shows up as a clear error, not as a broken screen. All
 * subscribers share one EventSource, opened on first subscribe and closed after the last.
 */
export function createHttpKioskApi(deps: HttpClientDeps): KioskApi {
  const listeners = new Set<(notice: HostNotice) => void>()
  let source: EventSource | undefined

  const onMessage = (event: MessageEvent) => {
    let raw: unknown
    try {
      raw = JSON.parse(String(event.data))
    } catch {
      console.warn('Ignored a host notice that is not JSON')
      return
    }
    const notice = hostNoticeSchema.safeParse(raw)
    if (!notice.success) {
      console.warn(`Ignored an unknown host notice: ${z.prettifyError(notice.error)}`)
      return
    }
    for (const listener of [...listeners]) listener(notice.data)
  }

  return {
    content: { get: () => request(deps, 'GET', httpRoutes.contentGet, contentSnapshotSchema) },
    settings: { get: () => request(deps, 'GET', httpRoutes.settingsGet, settingsSchema) },
    app: { info: () => request(deps, 'GET', httpRoutes.appInfo, appInfoSchema) },
    admin: createHttpAdminApi(deps),
    stats: createHttpStatsApi(deps),
    updates: createHttpUpdatesApi(deps),
    print: createHttpPrintApi(deps),
    events: {
      subscribe(listener) {
        listeners.add(listener)
        if (!source) {
          source = deps.createEventSource(httpRoutes.events)
          source.addEventListener('message', onMessage)
        }
        return () => {
          listeners.delete(listener)
          if (listeners.size === 0 && source) {
            source.close()
            source = undefined
          }
        }
      },
    },
  }
}

/** Reads the browser host's launch token from the page, if it has one. */
export function readTokenMeta(doc: Document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')
  return meta?.content || undefined
}
