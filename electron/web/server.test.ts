import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { calendarFactsSchema } from '../../common/domain/calendar'
import { CONTENT_SECURITY_POLICY } from '../serve/rendererFiles'
import { startWebHost, type WebHost } from './server'
import { fakeServices, openSse, type FakeServices } from '../serve/testSupport'

interface Reply {
  status: number
  headers: IncomingMessage['headers']
  body: string
}

/** A raw HTTP request, so tests control the Host header and send paths without normalising. */
function send(
  host: WebHost,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: opts.method ?? 'GET',
        path,
        headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

let root: string
let services: FakeServices
let host: WebHost

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-web-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>k</title></head><body></body></html>',
  )
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'secret.txt'), 'top secret')
  services = fakeServices()
  host = await startWebHost({ services, rendererDir, log: () => {} })
  // The host read the content once while starting (contentJson.test.ts); count requests only.
  services.calls.length = 0
})

afterEach(async () => {
  await host.close()
  await rm(root, { recursive: true, force: true })
})

describe('binding', () => {
  it('listens on loopback only', async () => {
    expect(host.address).toBe('127.0.0.1')
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`)
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (!external) return
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external.address, port: host.port })
      socket.on('connect', () => (socket.destroy(), resolve(false)))
      socket.on('error', () => resolve(true))
    })
    expect(refused).toBe(true)
  })
})

describe('Host header check', () => {
  it('accepts 127.0.0.1:<port> and localhost:<port>', async () => {
    expect((await send(host, '/api/app/info')).status).toBe(200)
    const viaLocalhost = await send(host, '/api/app/info', {
      headers: { Host: `localhost:${host.port}` },
    })
    expect(viaLocalhost.status).toBe(200)
  })

  it('refuses a rebinding host name with a clear message, for pages and API alike', async () => {
    for (const path of ['/', '/api/content/get']) {
      const reply = await send(host, path, { headers: { Host: `evil.example:${host.port}` } })
      expect(reply.status).toBe(421)
      expect(reply.body).toMatch(/Host .*evil\.example.* is not served here/)
    }
    expect(services.calls).toEqual([])
  })

  it('refuses the right name on another port', async () => {
    const reply = await send(host, '/api/content/get', { headers: { Host: '127.0.0.1:80' } })
    expect(reply.status).toBe(421)
  })
})

describe('renderer files', () => {
  it('serves index.html with the CSP header and the launch token as a meta tag', async () => {
    const reply = await send(host, '/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.body).toContain(`<meta name="kiosk-token" content="${host.token}">`)
    expect(reply.body).not.toMatch(/<script>/)
  })

  it("names the first screen's requests in index.html, each a GET route it then answers", async () => {
    const body = (await send(host, '/')).body
    const preloaded = [
      ...body.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g),
    ]
    const paths = preloaded.map((m) => m[1]!)
    expect(paths).toEqual([
      '/api/content/home',
      '/api/settings/get',
      '/api/app/info',
      '/api/app/calendar',
    ])
    for (const path of paths) expect((await send(host, path)).status).toBe(200)
    expect(services.calls).toEqual(['content.home', 'settings.get', 'app.info', 'app.calendar'])
  })

  it('serves assets with their MIME type', async () => {
    const reply = await send(host, '/assets/app.js')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(reply.body).toBe('console.log(1)')
  })

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt'])(
    'refuses path traversal %s',
    async (path) => {
      const reply = await send(host, path)
      expect(reply.status).toBe(403)
      expect(reply.body).not.toContain('top secret')
    },
  )

  it('answers 404 for a missing file and 405 for a POST', async () => {
    expect((await send(host, '/nope.js')).status).toBe(404)
    expect((await send(host, '/', { method: 'POST' })).status).toBe(405)
  })
})

describe('API reads', () => {
  it('serves content, settings and app info from the services', async () => {
    const content = JSON.parse((await send(host, '/api/content/get')).body)
    expect(content.content.dataset.id).toBe('test-dataset')
    const settings = JSON.parse((await send(host, '/api/settings/get')).body)
    expect(settings.defaultLanguage).toBe('zh-Hans')
    const info = JSON.parse((await send(host, '/api/app/info')).body)
    expect(info.host).toBe('web')
    const calendar = calendarFactsSchema.parse(
      JSON.parse((await send(host, '/api/app/calendar')).body),
    )
    expect(calendar.scheduledYears).toContain(2026)
    expect(services.calls).toEqual(['content.get', 'settings.get', 'app.info', 'app.calendar'])
  })

  it('turns a failing service into a 500 without crashing the server', async () => {
    services.content.get = () => Promise.reject(new Error('disk on fire'))
    const reply = await send(host, '/api/content/get')
    expect(reply.status).toBe(500)
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'internal',
      message: expect.stringMatching(/internal error/),
    })
    expect(reply.body).not.toContain('disk on fire')
    expect((await send(host, '/api/settings/get')).status).toBe(200)
  })

  it('answers unknown routes and wrong methods with a message', async () => {
    const missing = await send(host, '/api/nothing')
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.body).error.message).toContain('/api/nothing')
    expect(JSON.parse(missing.body).error.code).toBe('unavailable')
    const wrong = await send(host, '/api/content/get', { method: 'DELETE' })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.allow).toBe('GET')
  })
})

describe('state-changing routes', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    send(host, '/api/content/reload', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': host.token, ...headers },
    })

  it('refuses a missing or wrong token', async () => {
    const missing = await post('{}', { 'X-Kiosk-Token': '' })
    expect(missing.status).toBe(403)
    expect(JSON.parse(missing.body).error.message).toContain('X-Kiosk-Token')
    expect(JSON.parse(missing.body).error.code).toBe('forbidden')
    const wrong = await post('{}', { 'X-Kiosk-Token': `${host.token}x` })
    expect(wrong.status).toBe(403)
    expect(JSON.parse(wrong.body).error.message).toContain('does not match')
  })

  it('rejects malformed JSON and a wrong field, naming the field', async () => {
    const broken = await post('{"reason": ')
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body).error.message).toContain('not valid JSON')
    expect(JSON.parse(broken.body).error.code).toBe('bad-request')
    const badField = await post('{"reason": 5}')
    expect(badField.status).toBe(400)
    expect(JSON.parse(badField.body).error.message).toMatch(/^invalid body: reason: /)
    const extra = await post('{"file": "/etc/passwd"}')
    expect(extra.status).toBe(400)
    expect(JSON.parse(extra.body).error.message).toContain('file')
  })

  it('refuses an oversize body with 413 and keeps serving', async () => {
    const reply = await post(JSON.stringify({ reason: 'x'.repeat(40_000) }))
    expect(reply.status).toBe(413)
    expect((await send(host, '/api/app/info')).status).toBe(200)
  })

  it('refuses a reload when the services offer none', async () => {
    const reply = await post('{}')
    expect(reply.status).toBe(409)
    expect(JSON.parse(reply.body).error.message).toContain('cannot reload')
    expect(JSON.parse(reply.body).error.code).toBe('refused')
  })
})

describe('event stream', () => {
  // Finding 11 of the 2026 review: the stream (update status: signer, stick path) needed no token.
  it('refuses a stream without the launch token, or with a wrong one', async () => {
    const missing = await send(host, '/api/events')
    expect(missing.status).toBe(403)
    expect(JSON.parse(missing.body).error.message).toContain('token')
    const wrong = await send(host, `/api/events?token=${host.token}x`)
    expect(wrong.status).toBe(403)
    expect(JSON.parse(wrong.body).error.message).toContain('does not match')
  })

  it('delivers host notices as SSE data lines, in order', async () => {
    const sse = openSse(host.port, host.token)
    await sse.connected
    services.emit({ kind: 'settings-changed' })
    services.emit({ kind: 'host-message', message: '你好' })
    expect(await sse.next()).toEqual({ kind: 'settings-changed' })
    expect(await sse.next()).toEqual({ kind: 'host-message', message: '你好' })
    sse.close()
  })
})
