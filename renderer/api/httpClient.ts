import { z } from 'zod'
import { kioskContract } from '../../common/api/contract'
import { KioskApiError, apiErrorSchema, codeOfHttpStatus } from '../../common/api/errors'
import {
  EVENTS_PATH,
  hostNoticeSchema,
  type HostNotice,
  type KioskApi,
} from '../../common/api/kioskApi'
import { ADMIN_SESSION_HEADER, methodsOf, routeOf, trimArgs } from '../../common/api/method'

/** The browser pieces the HTTP client uses, passed in so tests can supply their own. */
export interface HttpClientDeps {
  fetch: typeof fetch
  createEventSource: (url: string) => EventSource
  /** The per-launch token from `<meta name="kiosk-token">`, sent with state-changing calls. */
  token: () => string | undefined
}

const errorReplySchema = z.object({ error: apiErrorSchema })

/**
 * One call to the browser host: JSON in and out, the launch token on anything but GET, the reply
 * parsed with `schema`. Rejects with a `KioskApiError` whose code is the host's (or, with no
 * readable reply, the one the HTTP status implies; `unavailable` when the host did not answer).
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
  const reply = await deps
    .fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    .catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err)
      throw new KioskApiError(
        'unavailable',
        `${method} ${path}: the host did not answer (${reason})`,
      )
    })
  const json: unknown = await reply.json().catch(() => undefined)
  if (!reply.ok) {
    const parsedError = errorReplySchema.safeParse(json)
    if (parsedError.success) {
      throw new KioskApiError(parsedError.data.error.code, parsedError.data.error.message)
    }
    const reason = `${method} ${path} failed (${reply.status}): ${reply.statusText}`
    throw new KioskApiError(codeOfHttpStatus(reply.status), reason)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new KioskApiError(
      'internal',
      `${method} ${path} returned an unexpected reply: ${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data
}

/**
 * Every method of the contract table as a function over its HTTP route: the admin session (the
 * first argument of `session` methods) goes in its header, the other arguments are the body.
 */
function contractClients(deps: HttpClientDeps) {
  const areas: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const { area, name, spec } of methodsOf(kioskContract)) {
    const route = routeOf(area, name, spec)
    const call = (...all: unknown[]) => {
      const args = trimArgs(all)
      const session: Record<string, string> = spec.session
        ? { [ADMIN_SESSION_HEADER]: String(args.shift()) }
        : {}
      const body = route.method === 'GET' ? undefined : args
      return request(deps, route.method, route.path, spec.result, body, session)
    }
    areas[area] = { ...areas[area], [name]: call }
  }
  return areas
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

  const events: KioskApi['events'] = {
    subscribe(listener) {
      listeners.add(listener)
      if (!source) {
        // EventSource cannot send headers: the stream takes the launch token as a query.
        source = deps.createEventSource(
          `${EVENTS_PATH}?token=${encodeURIComponent(deps.token() ?? '')}`,
        )
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
  }
  // The table's types say each function matches its entry; the loop cannot show it.
  return { ...contractClients(deps), events } as unknown as KioskApi
}

/** Reads the browser host's launch token from the page, if it has one. */
export function readTokenMeta(doc: Document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')
  return meta?.content || undefined
}
