import { gzipSync } from 'node:zlib'
import { PMTILES_HEADER_BYTES, PMTILES_TILE_TYPE } from '../../common/map/pmtilesHeader'

/**
 * A small PMTiles v3 writer for tests and benchmarks: the kiosk must be proven on a street map
 * without committing any real city's map. It writes one root directory (no leaf directories),
 * uncompressed directories and metadata, gzip-compressed vector tiles, identical tiles stored
 * once. Proven against the `pmtiles` package's reader (`pmtilesWriter.test.ts`).
 * Format: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */

export interface TileInput {
  z: number
  x: number
  y: number
  /** An uncompressed Mapbox Vector Tile (protobuf). */
  data: Uint8Array
}

export interface ArchiveInput {
  tiles: TileInput[]
  bounds: { west: number; south: number; east: number; north: number }
  center: { lng: number; lat: number; zoom: number }
  /** Free JSON metadata (vector_layers, attribution…). */
  metadata: Record<string, unknown>
}

const COMPRESSION = { none: 1, gzip: 2 } as const
/** Clients read the header and root directory in one 16 KiB request (spec § Directories). */
const ROOT_BUDGET = 16_384 - PMTILES_HEADER_BYTES

/** Hilbert-curve tile id (spec § Tile IDs): all tiles of lower zooms first, then along the curve. */
export function tileId(z: number, x: number, y: number): number {
  let id = (4 ** z - 1) / 3
  let px = x
  let py = y
  for (let s = 2 ** (z - 1); s >= 1; s /= 2) {
    const rx = (px & s) > 0 ? 1 : 0
    const ry = (py & s) > 0 ? 1 : 0
    id += s * s * ((3 * rx) ^ ry)
    if (ry === 0) {
      if (rx === 1) {
        px = s - 1 - px
        py = s - 1 - py
      }
      ;[px, py] = [py, px]
    }
  }
  return id
}

function varints(values: number[]): number[] {
  const out: number[] = []
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80)
      v = Math.floor(v / 0x80)
    }
    out.push(v)
  }
  return out
}

interface Entry {
  tileId: number
  offset: number
  length: number
  runLength: number
}

/** Directory encoding (spec § Directories): counts, then id deltas, run lengths, lengths, offsets. */
function encodeDirectory(entries: Entry[]): Uint8Array {
  const values: number[] = [entries.length]
  let last = 0
  for (const e of entries) {
    values.push(e.tileId - last)
    last = e.tileId
  }
  for (const e of entries) values.push(e.runLength)
  for (const e of entries) values.push(e.length)
  entries.forEach((e, i) => {
    const prev = entries[i - 1]
    values.push(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1)
  })
  return Uint8Array.from(varints(values))
}

/** Writes a whole archive into memory (test extracts are a few hundred kilobytes). */
export function writePmtiles(input: ArchiveInput): Uint8Array {
  const sorted = input.tiles
    .map((t) => ({ ...t, id: tileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.id - b.id)
  const stored = new Map<string, { offset: number; length: number }>()
  const chunks: Uint8Array[] = []
  let dataLength = 0
  const entries: Entry[] = []
  for (const tile of sorted) {
    const gz = gzipSync(tile.data)
    const key = gz.toString('base64')
    let place = stored.get(key)
    if (!place) {
      place = { offset: dataLength, length: gz.length }
      stored.set(key, place)
      chunks.push(gz)
      dataLength += gz.length
    }
    const prev = entries.at(-1)
    if (prev && prev.tileId + prev.runLength === tile.id && prev.offset === place.offset) {
      prev.runLength += 1
    } else {
      entries.push({ tileId: tile.id, offset: place.offset, length: place.length, runLength: 1 })
    }
  }
  const root = encodeDirectory(entries)
  if (root.length > ROOT_BUDGET)
    throw new Error(
      `the test extract has too many tiles for one root directory (${root.length} bytes)`,
    )
  const metadata = new TextEncoder().encode(JSON.stringify(input.metadata))
  const metadataOffset = PMTILES_HEADER_BYTES + root.length
  const tileDataOffset = metadataOffset + metadata.length
  const zooms = sorted.map((t) => t.z)

  const header = new Uint8Array(PMTILES_HEADER_BYTES)
  const view = new DataView(header.buffer)
  header.set(new TextEncoder().encode('PMTiles'), 0)
  header[7] = 3
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true)
  const e7 = (at: number, v: number) => view.setInt32(at, Math.round(v * 1e7), true)
  u64(8, PMTILES_HEADER_BYTES)
  u64(16, root.length)
  u64(24, metadataOffset)
  u64(32, metadata.length)
  u64(40, tileDataOffset)
  u64(48, 0)
  u64(56, tileDataOffset)
  u64(64, dataLength)
  u64(72, sorted.length)
  u64(80, entries.length)
  u64(88, chunks.length)
  header[96] = 1 // clustered: tiles are in tile-id order
  header[97] = COMPRESSION.none
  header[98] = COMPRESSION.gzip
  header[99] = PMTILES_TILE_TYPE.mvt
  header[100] = Math.min(...zooms)
  header[101] = Math.max(...zooms)
  e7(102, input.bounds.west)
  e7(106, input.bounds.south)
  e7(110, input.bounds.east)
  e7(114, input.bounds.north)
  header[118] = input.center.zoom
  e7(119, input.center.lng)
  e7(123, input.center.lat)

  const out = new Uint8Array(tileDataOffset + dataLength)
  out.set(header, 0)
  out.set(root, PMTILES_HEADER_BYTES)
  out.set(metadata, metadataOffset)
  let at = tileDataOffset
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
