import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HostNotice } from '../../common/api/kioskApi'

/** How often an idle stream gets a comment line, so proxies and sleeping sockets notice it. */
const KEEPALIVE_MS = 25_000

/**
 * Turns a GET request into a Server-Sent Events stream of host notices (`data: <json>`), the
 * browser host's form of `KioskApi.events`. The subscription ends when the client goes away,
 * so a closed tab never leaves a listener behind.
 */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  subscribe: (listener: (notice: HostNotice) => void) => () => void,
): void {
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
