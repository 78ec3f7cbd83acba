import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HostNotice } from '../../common/api/kioskApi'
import { LAUNCH_TOKEN_HEADER } from '../../common/api/method'
import { checkToken } from './guards'

/** How often an idle stream gets a comment line, so proxies and sleeping sockets notice it. */
const KEEPALIVE_MS = 25_000

/**
 * The token a stream request presents: `?token=` (EventSource cannot send headers, and the page
 * has the token from its meta tag) or the X-Kiosk-Token header (other clients).
 */
function presentedToken(req: IncomingMessage): string | string[] | undefined {
  const query = new URL(req.url ?? '/', 'http://loopback').searchParams.get('token')
  return query ?? req.headers[LAUNCH_TOKEN_HEADER]
}

/**
 * Turns a GET request into a Server-Sent Events stream of host notices (`data: <json>`), the
 * browser host's form of `KioskApi.events`. The notices carry update status (signer, stick
 * path), so the stream needs the launch token like any state-changing call; compared in
 * constant time. The subscription ends when the client goes away, so a closed tab never leaves
 * a listener behind.
 */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  subscribe: (listener: (notice: HostNotice) => void) => () => void,
): void {
  checkToken(presentedToken(req), token, 'the event stream needs the launch token (?token=)')
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  })
  res.write(': connected\n\n')
  const unsubscribe = subscribe((notice) => {
    res.write(`data: ${JSON.stringify(notice)}\n\n`)
  })
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS)
  keepalive.unref()
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    clearInterval(keepalive)
    unsubscribe()
  }
  req.on('close', end)
  res.on('error', end)
}
