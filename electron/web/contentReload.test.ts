import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReloadResult } from '../services/contentService'
import { startWebHost, type WebHost } from './server'
import { fakeServices, minimalContent, openSse, type FakeServices } from '../serve/testSupport'

describe('POST /api/content/reload', () => {
  let dir: string
  let host: WebHost
  let services: FakeServices
  let next: ReloadResult
  let reloads: number

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-reload-'))
    services = fakeServices()
    reloads = 0
    host = await startWebHost({
      services,
      rendererDir: dir,
      log: () => {},
      reloadContent: async () => {
        reloads += 1
        if (next.changed && next.snapshot) {
          services.emit({
            kind: 'content-changed',
            contentVersion: next.snapshot.content.dataset.contentVersion,
          })
        }
        return next
      },
    })
  })

  afterEach(async () => {
    await host.close()
    await rm(dir, { recursive: true, force: true })
  })

  const reload = (token = host.token) =>
    fetch(`${host.url}api/content/reload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token },
      body: '{"reason":"edited"}',
    })

  it('does nothing without the launch token', async () => {
    const reply = await reload('guess')
    expect(reply.status).toBe(403)
    expect(reloads).toBe(0)
  })

  it('reloads, answers with the version served, and open pages hear of it', async () => {
    const sse = openSse(host.port, host.token)
    await sse.connected
    next = {
      changed: true,
      snapshot: { content: minimalContent(4), source: 'preview', sha256: 'b'.repeat(64) },
      problems: [],
    }
    const reply = await reload()
    expect(reply.status).toBe(200)
    expect(await reply.json()).toEqual({ changed: true, contentVersion: 4 })
    expect(await sse.next()).toEqual({ kind: 'content-changed', contentVersion: 4 })
    sse.close()
  })

  it('answers 422 naming each problem when the file was refused, and says the old content stays', async () => {
    next = {
      changed: false,
      snapshot: services.snapshot,
      problems: [
        { severity: 'error', path: 'dataset.id', message: 'expected string' },
        { severity: 'warning', path: 'phones', message: 'no hotline' },
      ],
    }
    const reply = await reload()
    expect(reply.status).toBe(422)
    const { error: reason } = (await reply.json()) as { error: { code: string; message: string } }
    expect(reason.code).toBe('refused')
    const error = reason.message
    expect(error).toBe(
      'content refused: dataset.id: expected string (the last good content is still shown)',
    )
  })
})
