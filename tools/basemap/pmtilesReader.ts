import { gunzipSync } from 'node:zlib'
import { findTile, zxyToTileId, type Entry } from 'pmtiles'
import { readPmtilesHeader, type PmtilesHeader } from '../../common/map/pmtilesHeader'

/**
 * Reads single tiles out of a whole PMTiles v3 archive held in memory, synchronously: the packer
 * derives the walking graph from the extract it is about to sign, and the test fixtures do the
 * same without turning every fixture async. The `pmtiles` package's reader is async (it is built
 * for range requests in a browser); its tile-id and directory-search helpers are used here.
 * Directory layout: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md (§ Directories).
 */

const COMPRESSION = { unknown: 0, none: 1, gzip: 2 } as const

export interface ArchiveReader {
  header: PmtilesHeader
  /** The uncompressed tile at z/x/y, or undefined when the archive has none there. */
  tile(z: number, x: number, y: number): Uint8Array | undefined
}

function readVarints(bytes: Uint8Array): () => number {
  let at = 0
  return () => {
    let value = 0
    let scale = 1
    for (;;) {
      if (at >= bytes.length) throw new Error('a directory is cut short')
      const b = bytes[at++]!
      value += (b & 0x7f) * scale
      if (b < 0x80) return value
      scale *= 0x80
    }
  }
}

function decodeDirectory(bytes: Uint8Array): Entry[] {
  const next = readVarints(bytes)
  const count = next()
  const entries: Entry[] = []
  let id = 0
  for (let i = 0; i < count; i++) {
    id += next()
    entries.push({ tileId: id, offset: 0, length: 0, runLength: 0 })
  }
  for (const e of entries) e.runLength = next()
  for (const e of entries) e.length = next()
  entries.forEach((e, i) => {
    const v = next()
    const prev = entries[i - 1]
    e.offset = v === 0 && prev ? prev.offset + prev.length : v - 1
  })
  return entries
}

/** Opens an archive; throws with a sentence when it cannot be read (compression, cut short). */
export function openArchive(bytes: Uint8Array): ArchiveReader {
  const read = readPmtilesHeader(bytes, bytes.length)
  if (!read.ok) throw new Error(read.reason)
  const header = read.header
  const internal = bytes[97]
  const tiles = bytes[98]
  const supported = [COMPRESSION.none, COMPRESSION.gzip] as number[]
  if (!supported.includes(internal!) || !supported.includes(tiles!))
    throw new Error(
      'uses a compression other than gzip (re-run pmtiles extract from a Protomaps build)',
    )
  const inflate = (kind: number, part: Uint8Array) =>
    kind === COMPRESSION.gzip ? new Uint8Array(gunzipSync(part)) : part
  const slice = (offset: number, length: number) => bytes.subarray(offset, offset + length)
  const directory = (offset: number, length: number) =>
    decodeDirectory(inflate(internal!, slice(offset, length)))
  const root = directory(header.rootDirectoryOffset, header.rootDirectoryLength)
  const leaves = new Map<number, Entry[]>()
  return {
    header,
    tile(z, x, y) {
      const id = zxyToTileId(z, x, y)
      let entries = root
      for (let depth = 0; depth < 4; depth++) {
        const entry = findTile(entries, id)
        if (!entry) return undefined
        if (entry.runLength > 0)
          return inflate(tiles!, slice(header.tileDataOffset + entry.offset, entry.length))
        let leaf = leaves.get(entry.offset)
        if (!leaf) {
          leaf = directory(header.leafDirectoryOffset + entry.offset, entry.length)
          leaves.set(entry.offset, leaf)
        }
        entries = leaf
      }
      return undefined
    },
  }
}
