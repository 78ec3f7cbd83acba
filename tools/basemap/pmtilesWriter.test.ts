import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { PMTiles, type RangeResponse, type Source } from 'pmtiles'
import { describe, expect, it } from 'vitest'
import { readPmtilesHeader } from '../../common/map/pmtilesHeader'
import { tileId, writePmtiles } from './pmtilesWriter'
import { syntheticExtract } from './syntheticExtract'

/** Serves an archive from memory the way the kiosk's range requests do. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    async getBytes(offset: number, length: number): Promise<RangeResponse> {
      const slice = bytes.slice(offset, offset + length)
      return { data: slice.buffer }
    },
  }
}

const site = { lng: 125.3178, lat: 43.9085 }
const place = { lng: 125.3307, lat: 43.8998 }

describe('tileId', () => {
  it('numbers tiles along the Hilbert curve as the spec lists them', () => {
    expect(tileId(0, 0, 0)).toBe(0)
    expect([tileId(1, 0, 0), tileId(1, 0, 1), tileId(1, 1, 1), tileId(1, 1, 0)]).toEqual([
      1, 2, 3, 4,
    ])
    expect(tileId(2, 0, 0)).toBe(5)
    expect(tileId(12, 3423, 1763)).toBeGreaterThan(tileId(11, 2047, 2047))
  })
})

describe('writePmtiles, read back by the pmtiles package', () => {
  it('finds every tile it wrote, byte for byte, and the metadata', async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, data: Uint8Array.from([1, 2, 3]) },
      { z: 1, x: 1, y: 0, data: Uint8Array.from([4, 5]) },
      { z: 1, x: 0, y: 1, data: Uint8Array.from([1, 2, 3]) }, // same bytes: stored once
    ]
    const bytes = writePmtiles({
      tiles,
      bounds: { west: -10, south: -10, east: 10, north: 10 },
      center: { lng: 0, lat: 0, zoom: 1 },
      metadata: { name: 'unit' },
    })
    const archive = new PMTiles(memorySource(bytes))
    const header = await archive.getHeader()
    expect(header.specVersion).toBe(3)
    expect(header.numTileContents).toBe(2)
    expect([header.minZoom, header.maxZoom]).toEqual([0, 1])
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y)
      expect(new Uint8Array(got!.data)).toEqual(t.data)
    }
    expect(await archive.getZxy(1, 1, 1)).toBeUndefined()
    expect(await archive.getMetadata()).toEqual({ name: 'unit' })
  })
})

describe('syntheticExtract', () => {
  it('is a PMTiles v3 vector archive covering the points, with named streets in three languages', async () => {
    const bytes = syntheticExtract({ anchors: [site, place] })
    const header = readPmtilesHeader(bytes, bytes.length)
    if (!header.ok) throw new Error(header.reason)
    const { bounds } = header.header
    expect(bounds.west).toBeLessThan(site.lng)
    expect(bounds.east).toBeGreaterThan(place.lng)
    expect(header.header.maxZoom).toBe(15)
    expect(bytes.length).toBeLessThan(2_000_000)

    const archive = new PMTiles(memorySource(bytes))
    const z = 15
    const x = Math.floor(((site.lng + 180) / 360) * 2 ** z)
    const r = (site.lat * Math.PI) / 180
    const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z)
    const got = await archive.getZxy(z, x, y)
    const tile = new VectorTile(new PbfReader(new Uint8Array(got!.data)))
    expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['earth', 'roads']))
    const roads = tile.layers.roads!
    const names = Array.from({ length: roads.length }, (_, i) => roads.feature(i).properties)
    expect(
      names.some(
        (p) =>
          /^测试\d+路$/.test(String(p.name)) &&
          /^Test Road/.test(String(p['name:en'])) &&
          /테스트/.test(String(p['name:ko'])),
      ),
    ).toBe(true)
  })

  it('refuses to make a map around nothing', () => {
    expect(() => syntheticExtract({ anchors: [] })).toThrow(/at least one point/)
  })
})
