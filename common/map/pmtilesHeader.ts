import type { Content, Geo } from '../content/schema'
import { toWgs84 } from '../domain/geo'

/**
 * The fixed 127-byte header of a PMTiles v3 archive, read without any library: the packer, the
 * kiosk's package check and the tests all need to know "is this a v3 vector-tile archive, and
 * which part of the world does it cover" before they trust the rest of the file.
 * Layout: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md (§ Header).
 */
export const PMTILES_HEADER_BYTES = 127

/** `tile_type` values of the spec; the kiosk's style draws vector tiles only. */
export const PMTILES_TILE_TYPE = { unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const

export interface PmtilesHeader {
  rootDirectoryOffset: number
  rootDirectoryLength: number
  metadataOffset: number
  metadataLength: number
  leafDirectoryOffset: number
  leafDirectoryLength: number
  tileDataOffset: number
  tileDataLength: number
  tileType: number
  minZoom: number
  maxZoom: number
  /** WGS-84 degrees, as the archive declares them. */
  bounds: { west: number; south: number; east: number; north: number }
}

export type HeaderResult = { ok: true; header: PmtilesHeader } | { ok: false; reason: string }

const MAGIC = 'PMTiles'

/**
 * Parses the header from the first bytes of a file. Refuses (with a sentence staff can act on)
 * anything that is not PMTiles, a version other than 3, raster tiles, offsets past the end of
 * the file, or bounds that are not a box on Earth.
 */
export function readPmtilesHeader(bytes: Uint8Array, fileSize: number): HeaderResult {
  if (bytes.length < PMTILES_HEADER_BYTES || fileSize < PMTILES_HEADER_BYTES)
    return { ok: false, reason: 'is too short to be a PMTiles file' }
  const magic = String.fromCharCode(...bytes.subarray(0, 7))
  if (magic !== MAGIC) return { ok: false, reason: 'is not a PMTiles file (no "PMTiles" header)' }
  const version = bytes[7]
  if (version !== 3)
    return {
      ok: false,
      reason: `is PMTiles version ${version}; the kiosk reads version 3 (re-run pmtiles extract with a current pmtiles tool)`,
    }
  const view = new DataView(bytes.buffer, bytes.byteOffset, PMTILES_HEADER_BYTES)
  const u64 = (at: number) => Number(view.getBigUint64(at, true))
  const e7 = (at: number) => view.getInt32(at, true) / 1e7
  const header: PmtilesHeader = {
    rootDirectoryOffset: u64(8),
    rootDirectoryLength: u64(16),
    metadataOffset: u64(24),
    metadataLength: u64(32),
    leafDirectoryOffset: u64(40),
    leafDirectoryLength: u64(48),
    tileDataOffset: u64(56),
    tileDataLength: u64(64),
    tileType: view.getUint8(99),
    minZoom: view.getUint8(100),
    maxZoom: view.getUint8(101),
    bounds: { west: e7(102), south: e7(106), east: e7(110), north: e7(114) },
  }
  if (header.tileType !== PMTILES_TILE_TYPE.mvt)
    return {
      ok: false,
      reason: 'holds picture tiles, not vector tiles; use a Protomaps basemap build (vector)',
    }
  const sections: [string, number, number][] = [
    ['root directory', header.rootDirectoryOffset, header.rootDirectoryLength],
    ['metadata', header.metadataOffset, header.metadataLength],
    ['leaf directories', header.leafDirectoryOffset, header.leafDirectoryLength],
    ['tile data', header.tileDataOffset, header.tileDataLength],
  ]
  for (const [name, offset, length] of sections) {
    if (offset + length > fileSize)
      return { ok: false, reason: `is cut short: its ${name} runs past the end of the file` }
  }
  if (header.rootDirectoryLength === 0) return { ok: false, reason: 'has no tile directory' }
  const { west, south, east, north } = header.bounds
  if (!(west < east && south < north && south >= -90 && north <= 90 && west >= -180 && east <= 180))
    return { ok: false, reason: 'declares bounds that are not a box on Earth' }
  return { ok: true, header }
}

/** Whether a point (in either datum) lies inside the archive's bounds. */
export function boundsContain(bounds: PmtilesHeader['bounds'], geo: Geo): boolean {
  const p = toWgs84(geo)
  return (
    p.lng >= bounds.west && p.lng <= bounds.east && p.lat >= bounds.south && p.lat <= bounds.north
  )
}

/**
 * The kiosk sites and places with coordinates that the map covers. A basemap that covers none of
 * them is the wrong city's map (or an empty extract): packing it would only cost stick space.
 */
export function placesCovered(
  bounds: PmtilesHeader['bounds'],
  content: Pick<Content, 'kioskSites' | 'locations'>,
): { covered: number; withCoordinates: number } {
  const geos = [...content.kioskSites, ...content.locations].flatMap((item) =>
    item.geo ? [item.geo] : [],
  )
  return {
    covered: geos.filter((g) => boundsContain(bounds, g)).length,
    withCoordinates: geos.length,
  }
}
