import { describe, expect, it } from 'vitest'
import { PMTILES_HEADER_BYTES, placesCovered, readPmtilesHeader } from './pmtilesHeader'

const site = { lng: 125.3178, lat: 43.9085 }

/**
 * A header as `pmtiles extract` writes one, followed by 300 bytes standing for the directory,
 * metadata and tiles (tools/basemap/pmtilesWriter.test.ts proves whole archives).
 */
function archiveBytes(): Uint8Array {
  const bytes = new Uint8Array(PMTILES_HEADER_BYTES + 300)
  const view = new DataView(bytes.buffer)
  bytes.set(new TextEncoder().encode('PMTiles'), 0)
  bytes[7] = 3
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true)
  const e7 = (at: number, v: number) => view.setInt32(at, Math.round(v * 1e7), true)
  u64(8, 127) // root directory
  u64(16, 40)
  u64(24, 167) // metadata
  u64(32, 60)
  u64(40, 227) // no leaf directories
  u64(56, 227) // tile data
  u64(64, 200)
  bytes[99] = 1 // vector tiles
  bytes[100] = 14
  bytes[101] = 15
  e7(102, site.lng - 0.01)
  e7(106, site.lat - 0.01)
  e7(110, site.lng + 0.01)
  e7(114, site.lat + 0.01)
  return bytes
}
const archive = archiveBytes()

function refusal(bytes: Uint8Array, size = bytes.length): string {
  const got = readPmtilesHeader(bytes, size)
  return got.ok ? 'accepted' : got.reason
}

describe('readPmtilesHeader', () => {
  it('reads the zooms and the bounds of a v3 vector archive', () => {
    const got = readPmtilesHeader(archive, archive.length)
    if (!got.ok) throw new Error(got.reason)
    expect([got.header.minZoom, got.header.maxZoom]).toEqual([14, 15])
    expect(got.header.bounds.west).toBeLessThan(site.lng)
    expect(got.header.bounds.north).toBeGreaterThan(site.lat)
  })

  it('names what is wrong with a file that is not a usable archive', () => {
    expect(refusal(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toMatch(/too short/)
    const notPm = archive.slice()
    notPm[0] = 0x50 + 1
    expect(refusal(notPm)).toMatch(/not a PMTiles file/)
    const v2 = archive.slice()
    v2[7] = 2
    expect(refusal(v2)).toMatch(/version 2; the kiosk reads version 3/)
    const raster = archive.slice()
    raster[99] = 2
    expect(refusal(raster)).toMatch(/picture tiles/)
    expect(refusal(archive.slice(0, 200), 200)).toMatch(/cut short/)
    const flipped = archive.slice()
    const view = new DataView(flipped.buffer)
    view.setInt32(102, 1_260_000_000, true) // west beyond east
    expect(refusal(flipped)).toMatch(/not a box on Earth/)
  })
})

describe('placesCovered', () => {
  const got = readPmtilesHeader(archive, archive.length)
  if (!got.ok) throw new Error(got.reason)
  const { bounds } = got.header

  it('counts the kiosk sites and places inside, converting GCJ-02 first', () => {
    const content = {
      kioskSites: [{ geo: { ...site, crs: 'wgs84' as const } }],
      locations: [{ geo: { lat: 39.9, lng: 116.4, crs: 'gcj02' as const } }, {}],
    }
    // @ts-expect-error only the fields placesCovered reads
    expect(placesCovered(bounds, content)).toEqual({ covered: 1, withCoordinates: 2 })
  })
})
