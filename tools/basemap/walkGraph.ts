import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { distanceMetres } from '../../common/domain/geo'
import { encodeWalkGraph, type StreetName, type WalkGraphFile } from '../../common/map/walkGraph'
import { nodeSegments, type Segment } from './noding'
import { openArchive } from './pmtilesReader'

/**
 * Derives the kiosk's walking graph from a city extract (Protomaps basemap schema, layer
 * `roads`) at the extract's most detailed zoom, over the area around the content's points:
 * every street, path and footway a person may walk, cut at tile edges and joined again where
 * the pieces meet, as nodes and edges with lengths in metres and street names.
 */

/** Road kinds of the Protomaps schema a person walks along (`highway` is motorways). */
const WALKABLE_KINDS = new Set(['major_road', 'minor_road', 'path', 'other'])
/** Details that close a road to people on foot even inside a walkable kind. */
const CLOSED_DETAILS = new Set([
  'motorway',
  'motorway_link',
  'trunk',
  'trunk_link',
  'construction',
  'proposed',
  'raceway',
])

/** Around the content's points, so a walk may swing out a little beyond both ends. */
export const GRAPH_MARGIN_METRES = 1500
/** Two cut points on one tile edge this close (tile units, ~0.4 m at zoom 15) are one point. */
const JOIN_TOLERANCE = 2

export interface DerivedGraph {
  file: WalkGraphFile
  nodes: number
  edges: number
  tiles: number
}

type Props = Record<string, string | number | boolean>

export function isWalkable(props: Props): boolean {
  return (
    WALKABLE_KINDS.has(String(props.kind)) &&
    !CLOSED_DETAILS.has(String(props.kind_detail ?? '')) &&
    props.is_private !== true
  )
}

function streetName(props: Props): StreetName | undefined {
  const text = (key: string) => (typeof props[key] === 'string' ? (props[key] as string) : '')
  const zh = text('name:zh-Hans') || text('name:zh') || text('name')
  const en = text('name:en')
  const ko = text('name:ko')
  if (!zh && !en && !ko) return undefined
  return { ...(zh ? { zh } : {}), ...(en ? { en } : {}), ...(ko ? { ko } : {}) }
}

/** Liang–Barsky: the part of segment a→b inside [0, size]², or undefined. */
function clip(
  a: { x: number; y: number },
  b: { x: number; y: number },
  size: number,
): [[number, number], [number, number]] | undefined {
  const dx = b.x - a.x
  const dy = b.y - a.y
  let t0 = 0
  let t1 = 1
  const sides: [number, number][] = [
    [-dx, a.x],
    [dx, size - a.x],
    [-dy, a.y],
    [dy, size - a.y],
  ]
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return undefined
      continue
    }
    const r = q / p
    if (p < 0) t0 = Math.max(t0, r)
    else t1 = Math.min(t1, r)
    if (t0 > t1) return undefined
  }
  return [
    [a.x + t0 * dx, a.y + t0 * dy],
    [a.x + t1 * dx, a.y + t1 * dy],
  ]
}

const lngToTile = (lng: number, z: number) => ((lng + 180) / 360) * 2 ** z
const latToTile = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180
  return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z
}

/**
 * The graph of the walkable roads in `archive` within GRAPH_MARGIN_METRES (or `marginMetres`)
 * of the anchors. Throws with a sentence when the archive cannot be read.
 */
export function deriveWalkGraph(
  archive: Uint8Array,
  anchors: { lng: number; lat: number }[],
  marginMetres = GRAPH_MARGIN_METRES,
): DerivedGraph {
  const reader = openArchive(archive)
  const z = reader.header.maxZoom
  const b = reader.header.bounds
  const lats = anchors.map((p) => p.lat)
  const lngs = anchors.map((p) => p.lng)
  const dLat = marginMetres / 111_320
  const dLng = dLat / Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180)
  const area: [number, number, number, number] = [
    Math.max(b.west, Math.min(...lngs) - dLng),
    Math.max(b.south, Math.min(...lats) - dLat),
    Math.min(b.east, Math.max(...lngs) + dLng),
    Math.min(b.north, Math.max(...lats) + dLat),
  ]
  const coords: [number, number][] = []
  const nodeIds = new Map<string, number>()
  /** Points on a tile edge, by edge line, for joining pieces cut in two neighbouring tiles. */
  const onEdge = new Map<string, { along: number; id: number }[]>()
  const names: StreetName[] = []
  const nameIds = new Map<string, number>()
  const edges: { from: number; to: number; metres: number; name: number }[] = []
  const edgeKeys = new Set<string>()
  let extent = 4096
  const world = () => extent * 2 ** z
  const toLngLat = (gx: number, gy: number): [number, number] => [
    (gx / world()) * 360 - 180,
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * gy) / world()))) * 180) / Math.PI,
  ]
  const node = (gx: number, gy: number): number => {
    const x = Math.round(gx)
    const y = Math.round(gy)
    const line = x % extent === 0 ? `x${x}` : y % extent === 0 ? `y${y}` : undefined
    const along = line?.startsWith('x') ? y : x
    if (line) {
      const near = onEdge.get(line)?.find((p) => Math.abs(p.along - along) <= JOIN_TOLERANCE)
      if (near) return near.id
    }
    const key = `${x},${y}`
    let id = nodeIds.get(key)
    if (id === undefined) {
      id = coords.length
      coords.push(toLngLat(x, y))
      nodeIds.set(key, id)
      if (line) {
        const list = onEdge.get(line) ?? []
        list.push({ along, id })
        onEdge.set(line, list)
      }
    }
    return id
  }
  /** A street's name index + 1 (0 when it has none), each distinct name listed once. */
  const nameOf = (props: Props): number => {
    const label = streetName(props)
    if (!label) return 0
    const key = JSON.stringify(label)
    let id = nameIds.get(key)
    if (id === undefined) {
      names.push(label)
      id = names.length
      nameIds.set(key, id)
    }
    return id
  }
  let tiles = 0
  const [x0, x1] = [Math.floor(lngToTile(area[0], z)), Math.floor(lngToTile(area[2], z))]
  const [y0, y1] = [Math.floor(latToTile(area[3], z)), Math.floor(latToTile(area[1], z))]
  for (let tx = x0; tx <= x1; tx++) {
    for (let ty = y0; ty <= y1; ty++) {
      const data = reader.tile(z, tx, ty)
      const roads = data && new VectorTile(new PbfReader(data)).layers.roads
      if (!roads) continue
      tiles++
      extent = roads.extent
      const segments: (Segment & { name: number })[] = []
      for (let i = 0; i < roads.length; i++) {
        const feature = roads.feature(i)
        if (feature.type !== 2 || !isWalkable(feature.properties)) continue
        const name = nameOf(feature.properties)
        const layered =
          feature.properties.is_bridge === true || feature.properties.is_tunnel === true
        for (const part of feature.loadGeometry()) {
          for (let k = 1; k < part.length; k++) {
            const piece = clip(part[k - 1]!, part[k]!, extent)
            if (piece)
              segments.push({
                ax: piece[0][0],
                ay: piece[0][1],
                bx: piece[1][0],
                by: piece[1][1],
                layered,
                name,
              })
          }
        }
      }
      for (const [ax, ay, bx, by, i] of nodeSegments(segments)) {
        const a = node(tx * extent + ax, ty * extent + ay)
        const c = node(tx * extent + bx, ty * extent + by)
        const key = a < c ? `${a}-${c}` : `${c}-${a}`
        if (a === c || edgeKeys.has(key)) continue
        edgeKeys.add(key)
        const [p, q] = [coords[a]!, coords[c]!]
        const metres = distanceMetres(
          { lng: p[0], lat: p[1], crs: 'wgs84' },
          { lng: q[0], lat: q[1], crs: 'wgs84' },
        )
        edges.push({ from: a, to: c, metres, name: segments[i]!.name })
      }
    }
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6
  return {
    file: encodeWalkGraph({
      zoom: z,
      bounds: area.map(round) as typeof area,
      coords,
      edges,
      names,
    }),
    nodes: coords.length,
    edges: edges.length,
    tiles,
  }
}
