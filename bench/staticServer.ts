import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { build } from 'esbuild'
import { BARE_PAGE, REACT_FLOOR_PAGE, TAP_FLOOR_PAGE } from './referencePages'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

type Files = Record<string, { type: string; body: string | Uint8Array }>

/** Serves fixed files on 127.0.0.1 (any free port); any other path gets the page at `/`. */
async function serveFiles(files: Files): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const file = files[req.url ?? '/'] ?? files['/']!
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' })
    res.end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

const HTML = 'text/html; charset=utf-8'

/** Serves BARE_PAGE for every request. */
export function startBareServer(): Promise<StaticServer> {
  return serveFiles({ '/': { type: HTML, body: BARE_PAGE } })
}

/** Serves TAP_FLOOR_PAGE for every request. */
export function startTapFloorServer(): Promise<StaticServer> {
  return serveFiles({ '/': { type: HTML, body: TAP_FLOOR_PAGE } })
}

/**
 * Serves REACT_FLOOR_PAGE and its script: React's production build and one render, bundled and
 * minified here with esbuild, so the floor follows the React version the kiosk ships.
 */
export async function startReactFloorServer(): Promise<StaticServer> {
  const built = await build({
    entryPoints: [join(import.meta.dirname, 'page', 'reactFloor.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const script = built.outputFiles[0]
  if (script === undefined) throw new Error('esbuild wrote no script for the React floor page')
  return serveFiles({
    '/': { type: HTML, body: REACT_FLOOR_PAGE },
    '/app.js': { type: 'text/javascript; charset=utf-8', body: script.contents },
  })
}
