import { extname, isAbsolute, join, relative, resolve } from 'node:path'

/**
 * The Content-Security-Policy both hosts send with every renderer file: only the app's own
 * files may load, no inline script, no plugins, no framing, no form posts (DESIGN.md §5).
 * Two narrow additions for the bundled speech engine (docs/security.md): 'wasm-unsafe-eval'
 * lets the app's own WebAssembly compile (no JavaScript eval), and media may play `blob:` URLs,
 * which only the app's own script can make (the synthesised WAV of each phrase).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "media-src 'self' blob:",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/** The Content-Type for a renderer file; unknown kinds are served as opaque bytes, never sniffed. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

export type ResolvedFile = { ok: true; path: string } | { ok: false; reason: string }

/**
 * Maps a URL path (as it appears in the request, still percent-encoded) to a file inside
 * `root`. Refuses anything that would leave `root` after decoding (`..`, encoded slashes,
 * absolute paths, NUL bytes), so neither host can be made to serve a file outside the build.
 * `/` maps to `index.html`.
 */
export function resolveRendererFile(root: string, urlPath: string): ResolvedFile {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { ok: false, reason: 'the path is not valid percent-encoding' }
  }
  if (decoded.includes('\0')) return { ok: false, reason: 'the path contains a NUL byte' }
  const segments = decoded.split(/[/\\]+/).filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) {
    return { ok: false, reason: 'the path leaves the renderer folder' }
  }
  const wanted = segments.length === 0 ? 'index.html' : segments.join('/')
  const base = resolve(root)
  const full = resolve(join(base, wanted))
  const rel = relative(base, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    return { ok: false, reason: 'the path leaves the renderer folder' }
  }
  return { ok: true, path: full }
}

/** Which first-screen replies the browser should ask for before the entry script, and after. */
export interface PreloadOrder {
  /** Asked for first: replies whose transfer is long (the content, 8 MB at 10,000 places). */
  beforeScript: readonly string[]
  /** Asked for after the script and the stylesheet: small replies the host works out. */
  afterScript: readonly string[]
}

/**
 * Inserts `<link rel="preload" as="fetch">` for the first screen's API requests (GET routes the
 * page fetches as soon as its entry module runs), so the browser sends them while it is still
 * loading the code; the page's own `fetch` then takes the preloaded reply. Same origin, same
 * credentials mode as `fetch`'s default (`crossorigin` = anonymous), or it would not match.
 *
 * The browser asks in document order and the host answers on one thread, so the order is chosen
 * (issue 25, measured both ways): a reply the host works out (settings, clock, calendar) asked
 * for before the script held the script back 10–40 ms, and the script is needed first (it still
 * has to be compiled and run before any reply is read); but the content reply at 10,000 places
 * is 8 MB on the wire and asked for after the script it arrived ~60 ms later than needed.
 */
export function injectPreloads(html: string, order: PreloadOrder): string {
  for (const path of [...order.beforeScript, ...order.afterScript]) {
    if (!/^\/api\/[a-z-]+\/[a-z-]+$/.test(path)) throw new Error(`not an API route: ${path}`)
  }
  const links = (paths: readonly string[]) =>
    paths.map((p) => `<link rel="preload" href="${p}" as="fetch" crossorigin>\n    `).join('')
  const insert = (page: string, at: number | undefined, paths: readonly string[]) =>
    at === undefined
      ? `${links(paths)}${page}`
      : `${page.slice(0, at)}${links(paths)}${page.slice(at)}`
  const early = insert(
    html,
    (/<script\b/i.exec(html) ?? /<\/head>/i.exec(html))?.index,
    order.beforeScript,
  )
  return insert(early, /<\/head>/i.exec(early)?.index, order.afterScript)
}

/**
 * Inserts the browser host's per-launch token into index.html as a meta tag (never as inline
 * script, which the CSP forbids). The token is base64url, so it needs no escaping, but it is
 * checked anyway so a bad caller cannot inject markup.
 */
export function injectTokenMeta(html: string, token: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('the launch token must be base64url')
  const tag = `<meta name="kiosk-token" content="${token}">`
  const headClose = /<\/head>/i.exec(html)
  if (!headClose) return `${tag}\n${html}`
  return `${html.slice(0, headClose.index)}  ${tag}\n  ${html.slice(headClose.index)}`
}
