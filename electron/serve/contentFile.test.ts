import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContentFiles } from '../services/contentFiles'
import { serveAppRequest } from '../main/protocol'
import { startWebHost, type WebHost } from '../web/server'
import { fakeServices } from './testSupport'

let dir: string
let host: WebHost
const asked: string[] = []
const contentFiles: ContentFiles = {
  async lookup(path) {
    asked.push(path)
    if (path === 'maps/area.svg') return { ok: true, path: join(dir, 'area.svg') }
    return { ok: false, status: 404, reason: 'the content lists no such file' }
  },
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-content-files-'))
  await writeFile(join(dir, 'area.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  asked.length = 0
  host = await startWebHost({
    services: { ...fakeServices(), contentFiles },
    rendererDir: dir,
    log: () => undefined,
  })
})
afterEach(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

describe('content-files/ in both hosts', () => {
  it('serves what the content files lookup allows, with its type, and 404s the rest', async () => {
    const ok = await fetch(new URL('content-files/maps/area.svg', host.url))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('image/svg+xml')
    expect(await ok.text()).toContain('<svg')
    const missing = await fetch(new URL('content-files/area.svg', host.url))
    expect(missing.status).toBe(404)
    expect(asked).toEqual(['maps/area.svg', 'area.svg'])
    expect(
      (await fetch(new URL('content-files/maps/area.svg', host.url), { method: 'POST' })).status,
    ).toBe(405)
  })

  it('refuses a listed file that was swapped for a link, instead of serving what it points at', async () => {
    const secret = join(dir, 'secret.txt')
    await writeFile(secret, 'not for visitors')
    await rm(join(dir, 'area.svg'))
    await symlink(secret, join(dir, 'area.svg'))
    const reply = await fetch(new URL('content-files/maps/area.svg', host.url))
    expect(reply.status).toBe(404)
    expect(await reply.text()).not.toContain('not for visitors')
  })

  it('answers the same through app:// in the Electron host', async () => {
    const ok = await serveAppRequest(
      dir,
      new Request('app://kiosk/content-files/maps/area.svg'),
      contentFiles,
    )
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('image/svg+xml')
    const refused = await serveAppRequest(
      dir,
      new Request('app://kiosk/content-files/x.png'),
      contentFiles,
    )
    expect(refused.status).toBe(404)
    const none = await serveAppRequest(dir, new Request('app://kiosk/content-files/maps/area.svg'))
    expect(none.status).toBe(404)
  })
})
