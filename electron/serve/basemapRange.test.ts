import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FetchSource, PMTiles, type RangeResponse, type Source } from 'pmtiles'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syntheticExtract } from '../../tools/basemap/syntheticExtract'
import { handleAppProtocol } from '../main/protocol'
import { FakeProtocol } from '../main/testing/fakeElectron'
import type { ContentFiles } from '../services/contentFiles'
import { startWebHost, type WebHost } from '../web/server'
import { parseByteRange } from './contentFile'
import { fakeServices } from './testSupport'

/**
 * The street map is read by MapLibre's PMTiles reader one byte range at a time, from the active
 * content's own files: both hosts must answer ranges (206 + Content-Range), refuse ranges they
 * cannot satisfy (416), and never answer a whole 100 MB map in one go.
 */
let dir: string
let host: WebHost
let archive: Uint8Array
const site = { lng: 125.3178, lat: 43.9085 }
const contentFiles: ContentFiles = {
  async lookup(path) {
    if (path === 'basemap.pmtiles') return { ok: true, path: join(dir, 'basemap.pmtiles') }
    return { ok: false, status: 404, reason: 'the content lists no such file' }
  },
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-basemap-range-'))
  archive = syntheticExtract({ anchors: [site] })
  await writeFile(join(dir, 'basemap.pmtiles'), archive)
  host = await startWebHost({
    services: { ...fakeServices(), contentFiles },
    rendererDir: dir,
    log: () => undefined,
  })
})
afterAll(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

/** The z15 tile holding the kiosk site. */
function siteTile(): [number, number, number] {
  const z = 15
  const r = (site.lat * Math.PI) / 180
  return [
    z,
    Math.floor(((site.lng + 180) / 360) * 2 ** z),
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z),
  ]
}

describe('parseByteRange', () => {
  it('reads one range, clips it to the file, and refuses what cannot be met', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 })
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 })
    expect(parseByteRange('bytes=-10', 1000)).toEqual({ start: 990, end: 999 })
    expect(parseByteRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 })
    for (const bad of ['bytes=1000-', 'bytes=5-2', 'bytes=-', 'bytes=0-1,5-9', 'items=0-1'])
      expect(parseByteRange(bad, 1000), bad).toBeUndefined()
  })
})

describe('the street map by range', () => {
  it('browser host: the pmtiles reader gets its header, directory and a tile over HTTP ranges', async () => {
    const reader = new PMTiles(
      new FetchSource(new URL('content-files/basemap.pmtiles', host.url).href),
    )
    expect((await reader.getHeader()).maxZoom).toBe(15)
    const tile = await reader.getZxy(...siteTile())
    expect(tile?.data.byteLength).toBeGreaterThan(100)

    const part = await fetch(new URL('content-files/basemap.pmtiles', host.url), {
      headers: { Range: 'bytes=0-6' },
    })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-6/${archive.length}`)
    expect(await part.text()).toBe('PMTiles')
    const beyond = await fetch(new URL('content-files/basemap.pmtiles', host.url), {
      headers: { Range: `bytes=${archive.length}-` },
    })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${archive.length}`)
  })

  it('Electron app:// (fake electron protocol): the same reader, the same answers', async () => {
    const protocol = new FakeProtocol()
    handleAppProtocol(protocol, dir, contentFiles)
    const handler = protocol.handlers.get('app')!
    const url = 'app://kiosk/content-files/basemap.pmtiles'
    const source: Source = {
      getKey: () => url,
      async getBytes(offset, length): Promise<RangeResponse> {
        const reply = await handler(
          new Request(url, { headers: { Range: `bytes=${offset}-${offset + length - 1}` } }),
        )
        expect(reply.status).toBe(206)
        return { data: await reply.arrayBuffer() }
      },
    }
    const reader = new PMTiles(source)
    expect((await reader.getHeader()).specVersion).toBe(3)
    expect((await reader.getZxy(...siteTile()))?.data.byteLength).toBeGreaterThan(100)
    const refused = await handler(new Request(url, { headers: { Range: 'bytes=9-3' } }))
    expect(refused.status).toBe(416)
    expect(refused.headers.get('content-range')).toBe(`bytes */${archive.length}`)
  })
})
