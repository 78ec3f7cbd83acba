import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { homeSnapshot } from '../../common/api/contentHome'
import { contentFixture, withDirectory } from '../services/testing/contentFixture'
import { fakeServices, minimalContent, type FakeServices } from '../serve/testSupport'
import { contentSnapshotJson } from './apiRoutes'
import { startWebHost, type WebHost } from './server'

describe('the content reply', () => {
  let dir: string
  let host: WebHost
  let services: FakeServices

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-content-json-'))
    services = fakeServices()
    host = await startWebHost({ services, rendererDir: dir, log: () => {} })
  })

  afterEach(async () => {
    await host.close()
    await rm(dir, { recursive: true, force: true })
  })

  const get = async (method = 'get') => {
    const reply = await fetch(`${host.url}api/content/${method}`)
    expect(reply.status).toBe(200)
    return reply.text()
  }

  it('is written once per snapshot, before the first page asks for it', async () => {
    // The host asked for the content while starting, to have its JSON ready.
    expect(services.calls).toContain('content.get')
    const first = contentSnapshotJson(services.snapshot)
    expect(contentSnapshotJson(services.snapshot)).toBe(first)
    expect(await get()).toBe(first)
    expect(JSON.parse(await get())).toEqual(services.snapshot)
  })

  it("is written once for home's form too, without the directory, and follows a change", async () => {
    expect(services.calls).toContain('content.home')
    expect(await get('home')).toBe(contentSnapshotJson(homeSnapshot(services.snapshot)))
    services.snapshot = {
      content: withDirectory(contentFixture(7)),
      source: 'update',
      sha256: 'c'.repeat(64),
    }
    services.emit({ kind: 'content-changed', contentVersion: 7 })
    const whole = JSON.parse(await get()) as typeof services.snapshot
    expect(whole.content.locations.length).toBeGreaterThan(0)
    const home = JSON.parse(await get('home')) as typeof services.snapshot
    const stubs = [{ id: 'bed-tonight', categoryIds: ['shelter'], status: 'active' }]
    expect(home).toEqual({
      ...whole,
      content: { ...whole.content, services: stubs, locations: [] },
    })
    expect(await get('home')).toBe(contentSnapshotJson(homeSnapshot(services.snapshot)))
  })

  it('is the new content as soon as the content changes, never the old one kept', async () => {
    const before = JSON.parse(await get()) as { content: { dataset: { contentVersion: number } } }
    expect(before.content.dataset.contentVersion).toBe(1)
    services.snapshot = { content: minimalContent(7), source: 'update', sha256: 'c'.repeat(64) }
    services.emit({ kind: 'content-changed', contentVersion: 7 })
    const after = JSON.parse(await get()) as typeof before & { source: string }
    expect(after.content.dataset.contentVersion).toBe(7)
    expect(after.source).toBe('update')
  })
})
