import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../serve/rendererFiles'
import { handleAppProtocol, registerAppScheme, serveAppRequest } from './protocol'
import { FakeProtocol } from './testing/fakeElectron'

let root: string
let rendererDir: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-app-protocol-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>k</title>')
  await writeFile(join(rendererDir, 'assets', 'a.css'), 'body{}')
  await writeFile(join(root, 'secret.txt'), 'TOP-SECRET-CONTENT')
})

afterAll(() => rm(root, { recursive: true, force: true }))

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme', () => {
    const protocol = new FakeProtocol()
    registerAppScheme(protocol)
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ])
  })

  it('serves renderer files with their MIME type and the CSP header', async () => {
    const protocol = new FakeProtocol()
    handleAppProtocol(protocol, rendererDir)
    const handler = protocol.handlers.get('app')!
    const index = await handler(new Request('app://kiosk/index.html'))
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await index.text()).toContain('<title>k</title>')
    const css = await handler(new Request('app://kiosk/assets/a.css'))
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it.each([
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/%2e%2e/secret.txt',
  ])('refuses path traversal %s', async (url) => {
    const reply = await serveAppRequest(rendererDir, new Request(url))
    // The URL parser already drops a literal `%2e%2e` segment (→ 404); encoded slashes → 403.
    expect([403, 404]).toContain(reply.status)
    expect(await reply.text()).not.toContain('TOP-SECRET-CONTENT')
  })

  it('refuses other hosts, missing files and non-GET methods', async () => {
    expect((await serveAppRequest(rendererDir, new Request('app://other/index.html'))).status).toBe(
      404,
    )
    expect((await serveAppRequest(rendererDir, new Request('app://kiosk/nope.js'))).status).toBe(
      404,
    )
    const post = new Request('app://kiosk/index.html', { method: 'POST', body: 'x' })
    expect((await serveAppRequest(rendererDir, post)).status).toBe(405)
  })
})
