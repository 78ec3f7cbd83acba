import { z } from 'zod'

/**
 * The walking graph packed beside the street map (`kiosk-content pack --basemap`): the streets
 * and footways of the extract around the content's places, as nodes and edges, so the kiosk can
 * work out a walk along streets when the office drew none (docs/maps.md § Walking routes).
 *
 * Compact JSON, because a city's graph is megabytes: node coordinates are integer micro-degrees,
 * each pair stored as the difference from the previous node; edges are flat quadruples
 * `from, to, length in decimetres, street name index + 1 (0 = unnamed)`. The same checks run
 * when the packer writes it, when the kiosk verifies the package and when the renderer loads it.
 */

export const WALK_GRAPH_FORMAT = 'relief-kiosk-walk-graph/1'
/** The name the graph has inside every package (the content names it so). */
export const PACKED_WALK_GRAPH_NAME = 'walkgraph.json'

const name = z
  .object({ zh: z.string().max(200), en: z.string().max(200), ko: z.string().max(200) })
  .partial()
  .strict()

/**
 * A long list of integers, checked value by value while decoding rather than by zod: a city's
 * graph has about a million of them, and zod's per-item check took seconds on a kiosk-class CPU.
 */
const numberList = z.custom<number[]>((v) => Array.isArray(v), 'a list of whole numbers')

export const walkGraphFileSchema = z
  .object({
    format: z.literal(WALK_GRAPH_FORMAT),
    /** The extract's zoom the streets were read at. */
    zoom: z.number().int().min(0).max(22),
    /** west, south, east, north (WGS-84 degrees) of the area the graph covers. */
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** Delta-coded micro-degrees: lng0, lat0, dLng1, dLat1, … (each checked while decoding). */
    nodes: numberList,
    /** from, to, decimetres, name index + 1; repeated. */
    edges: numberList,
    names: z.array(name),
  })
  .strict()
export type WalkGraphFile = z.infer<typeof walkGraphFileSchema>
export type StreetName = z.infer<typeof name>

/** The graph as the route finder uses it: absolute coordinates, typed arrays. */
export interface WalkGraph {
  /** [lng, lat] of node i at 2i, 2i+1 (WGS-84 degrees). */
  coords: Float64Array
  from: Uint32Array
  to: Uint32Array
  /** Metres along the edge. */
  metres: Float64Array
  /** Street name index + 1 per edge; 0 when unnamed. */
  name: Uint32Array
  names: StreetName[]
  bounds: [number, number, number, number]
}

export type WalkGraphResult = { ok: true; graph: WalkGraph } | { ok: false; reason: string }

const MICRO = 1e6

/** Encodes absolute coordinates and edges into the packed file's shape. */
export function encodeWalkGraph(input: {
  zoom: number
  bounds: [number, number, number, number]
  coords: [number, number][]
  edges: { from: number; to: number; metres: number; name: number }[]
  names: StreetName[]
}): WalkGraphFile {
  const nodes: number[] = []
  let lastLng = 0
  let lastLat = 0
  for (const [lng, lat] of input.coords) {
    const ilng = Math.round(lng * MICRO)
    const ilat = Math.round(lat * MICRO)
    nodes.push(ilng - lastLng, ilat - lastLat)
    lastLng = ilng
    lastLat = ilat
  }
  const edges: number[] = []
  for (const e of input.edges)
    edges.push(e.from, e.to, Math.max(1, Math.round(e.metres * 10)), e.name)
  return {
    format: WALK_GRAPH_FORMAT,
    zoom: input.zoom,
    bounds: input.bounds,
    nodes,
    edges,
    names: input.names,
  }
}

/**
 * Checks a graph file's text and decodes it. Refuses, with a sentence naming what is wrong:
 * text that is not JSON, a different format, coordinates off the Earth, an edge naming a node
 * or street name that does not exist, an edge of zero length. `file` is named in every reason.
 */
export function readWalkGraph(text: string, file: string): WalkGraphResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, reason: `${file} is not JSON (cut short or damaged?)` }
  }
  const parsed = walkGraphFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length ? issue.path.join('.') : 'the file'
    return { ok: false, reason: `${file}: ${where}: ${issue.message}` }
  }
  const g = parsed.data
  if (g.nodes.length % 2 !== 0)
    return { ok: false, reason: `${file}: nodes has an odd count (a coordinate pair is cut)` }
  if (g.edges.length % 4 !== 0)
    return { ok: false, reason: `${file}: edges is not a list of quadruples` }
  const count = g.nodes.length / 2
  const coords = new Float64Array(g.nodes.length)
  let lng = 0
  let lat = 0
  for (let i = 0; i < count; i++) {
    const dLng = g.nodes[2 * i]!
    const dLat = g.nodes[2 * i + 1]!
    if (!Number.isInteger(dLng) || !Number.isInteger(dLat))
      return { ok: false, reason: `${file}: node ${i} is not a pair of whole numbers` }
    lng += dLng
    lat += dLat
    coords[2 * i] = lng / MICRO
    coords[2 * i + 1] = lat / MICRO
    if (Math.abs(lng) > 180 * MICRO || Math.abs(lat) > 90 * MICRO)
      return { ok: false, reason: `${file}: node ${i} lies off the Earth` }
  }
  const edgeCount = g.edges.length / 4
  const graph: WalkGraph = {
    coords,
    from: new Uint32Array(edgeCount),
    to: new Uint32Array(edgeCount),
    metres: new Float64Array(edgeCount),
    name: new Uint32Array(edgeCount),
    names: g.names,
    bounds: g.bounds,
  }
  for (let e = 0; e < edgeCount; e++) {
    const a = g.edges[4 * e]!
    const b = g.edges[4 * e + 1]!
    const dm = g.edges[4 * e + 2]!
    const n = g.edges[4 * e + 3]!
    if (![a, b, dm, n].every((v) => Number.isInteger(v) && v >= 0))
      return { ok: false, reason: `${file}: edge ${e} is not four whole numbers` }
    if (a >= count || b >= count)
      return {
        ok: false,
        reason: `${file}: edge ${e} joins node ${Math.max(a, b)}, which does not exist`,
      }
    if (dm === 0) return { ok: false, reason: `${file}: edge ${e} has no length` }
    if (n > g.names.length)
      return { ok: false, reason: `${file}: edge ${e} names street ${n}, which is not listed` }
    graph.from[e] = a
    graph.to[e] = b
    graph.metres[e] = dm / 10
    graph.name[e] = n
  }
  return { ok: true, graph }
}
