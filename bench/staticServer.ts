import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The baseline for start-up: the least a browser can show — one static HTML page with the same
 * "ready" marks the kiosk sets (body[data-ready], a .tile), served by a trivial Node server.
 */
export const BARE_PAGE = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>bare</title></head>
<body data-ready="true"><h1>救助信息</h1><button class="tile" type="button">开始</button></body>
</html>`

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves BARE_PAGE for every request on 127.0.0.1 (any free port). */
export async function startBareServer(): Promise<StaticServer> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(BARE_PAGE)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
