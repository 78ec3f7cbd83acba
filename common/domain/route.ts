import type { StreetName, WalkGraph } from '../map/walkGraph'

/**
 * Shortest walks over the packed walking graph (common/map/walkGraph.ts): both ends snapped to
 * the nearest street, then A* over directed edges (so turns can cost a little) with a
 * binary heap. Written here rather than taken from a
 * library: the graph is already nodes and edges (a GeoJSON path finder would rebuild it from
 * lines on every kiosk), and the snapping and honest refusals are the part that matters.
 */

/** An end further than this from any street is not joined to the graph: the line would lie. */
export const MAX_SNAP_METRES = 250
/**
 * Ends further apart than this (in a straight line) get no computed walk: nobody is sent on a
 * walk of hours, and the search over a whole city would hold the screen for seconds.
 */
export const MAX_ROUTE_METRES = 6000
/**
 * What turning into another street costs in the search (not in the distance shown): among
 * walks of nearly the same length, the one with fewer turns is easier to follow, and a grid
 * city has many equally short zig-zags.
 */
const TURN_METRES = 30

const M_PER_DEG = 111_320

type LngLat = [number, number]

export type RouteResult =
  { ok: true; line: LngLat[]; streets: StreetName[] } | { ok: false; reason: 'far' | 'unconnected' }

interface Adjacency {
  /** Edges of node i are edgeIds[start[i] .. start[i+1]). */
  start: Uint32Array
  edgeIds: Uint32Array
}

const adjacencies = new WeakMap<WalkGraph, Adjacency>()

/** Both directions of every edge, grouped by node (built once per graph). */
function adjacency(graph: WalkGraph): Adjacency {
  const known = adjacencies.get(graph)
  if (known) return known
  const nodes = graph.coords.length / 2
  const start = new Uint32Array(nodes + 1)
  for (let e = 0; e < graph.from.length; e++) {
    start[graph.from[e]! + 1]!++
    start[graph.to[e]! + 1]!++
  }
  for (let i = 0; i < nodes; i++) start[i + 1]! += start[i]!
  const fill = start.slice(0, nodes)
  const edgeIds = new Uint32Array(graph.from.length * 2)
  for (let e = 0; e < graph.from.length; e++) {
    edgeIds[fill[graph.from[e]!]!++] = e
    edgeIds[fill[graph.to[e]!]!++] = e
  }
  const made = { start, edgeIds }
  adjacencies.set(graph, made)
  return made
}

interface Snap {
  edge: number
  /** 0 at the edge's `from` node, 1 at its `to` node. */
  t: number
  at: LngLat
  metres: number
}

/** The nearest point on any edge (ties: the lower edge number), in a local flat projection. */
export function snapToGraph(graph: WalkGraph, [lng, lat]: LngLat): Snap | undefined {
  const kx = Math.cos((lat * Math.PI) / 180) * M_PER_DEG
  const c = graph.coords
  let best: Snap | undefined
  for (let e = 0; e < graph.from.length; e++) {
    const a = graph.from[e]! * 2
    const b = graph.to[e]! * 2
    const ay = (c[a + 1]! - lat) * M_PER_DEG
    const by = (c[b + 1]! - lat) * M_PER_DEG
    // Both ends further north (or south) than the best so far: cannot be nearer.
    if (
      best &&
      ((ay > best.metres && by > best.metres) || (ay < -best.metres && by < -best.metres))
    )
      continue
    const ax = (c[a]! - lng) * kx
    const dx = (c[b]! - c[a]!) * kx
    const dy = by - ay
    const len2 = dx * dx + dy * dy
    const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2))
    const px = ax + t * dx
    const py = ay + t * dy
    const metres = Math.hypot(px, py)
    if (!best || metres < best.metres)
      best = { edge: e, t, metres, at: [lng + px / kx, lat + py / M_PER_DEG] }
  }
  return best
}

/**
 * A binary min-heap of (cost, state) in typed arrays (a city search pushes ~10⁵ entries); equal
 * costs pop the lower state first, so ties are stable.
 */
class Heap {
  private costs = new Float64Array(1024)
  private states = new Int32Array(1024)
  size = 0
  private less(i: number, j: number) {
    const ci = this.costs[i]!
    const cj = this.costs[j]!
    return ci < cj || (ci === cj && this.states[i]! < this.states[j]!)
  }
  private swap(i: number, j: number) {
    const c = this.costs[i]!
    this.costs[i] = this.costs[j]!
    this.costs[j] = c
    const s = this.states[i]!
    this.states[i] = this.states[j]!
    this.states[j] = s
  }
  push(cost: number, state: number) {
    if (this.size === this.costs.length) {
      const costs = new Float64Array(this.size * 2)
      costs.set(this.costs)
      this.costs = costs
      const states = new Int32Array(this.size * 2)
      states.set(this.states)
      this.states = states
    }
    let i = this.size++
    this.costs[i] = cost
    this.states[i] = state
    while (i > 0) {
      const up = (i - 1) >> 1
      if (!this.less(i, up)) break
      this.swap(i, up)
      i = up
    }
  }
  /** The state with the lowest cost; `topCost` is set to its cost. */
  topCost = 0
  pop(): number {
    this.topCost = this.costs[0]!
    const top = this.states[0]!
    this.size--
    if (this.size > 0) {
      this.costs[0] = this.costs[this.size]!
      this.states[0] = this.states[this.size]!
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < this.size && this.less(l, m)) m = l
        if (r < this.size && this.less(r, m)) m = r
        if (m === i) break
        this.swap(i, m)
        i = m
      }
    }
    return top
  }
}

const point = (graph: WalkGraph, node: number): LngLat => [
  graph.coords[2 * node]!,
  graph.coords[2 * node + 1]!,
]

/** Street names along the nodes' edges, each once in walking order. */
function streetsAlong(graph: WalkGraph, edges: number[]): StreetName[] {
  const out: StreetName[] = []
  let last = 0
  for (const e of edges) {
    const n = graph.name[e]!
    if (n !== 0 && n !== last && graph.names[n - 1]) out.push(graph.names[n - 1]!)
    if (n !== 0) last = n
  }
  return out
}

/**
 * The shortest walk along the graph from `here` to `there`: the line from the exact first point
 * to its snap on the nearest street, along the streets, to the last point. Refuses (`far`) when
 * the ends are more than MAX_ROUTE_METRES apart or either is more than MAX_SNAP_METRES from
 * every street, and (`unconnected`) when no street path joins the two snaps.
 */
export function findRoute(graph: WalkGraph, here: LngLat, there: LngLat): RouteResult {
  const apart = Math.hypot(
    (here[0] - there[0]) * Math.cos((here[1] * Math.PI) / 180) * M_PER_DEG,
    (here[1] - there[1]) * M_PER_DEG,
  )
  if (apart > MAX_ROUTE_METRES) return { ok: false, reason: 'far' }
  const a = snapToGraph(graph, here)
  const b = snapToGraph(graph, there)
  if (!a || !b || a.metres > MAX_SNAP_METRES || b.metres > MAX_SNAP_METRES)
    return { ok: false, reason: 'far' }
  const ends = (line: LngLat[], edges: number[]) => {
    const out: LngLat[] = []
    for (const p of [here, ...line, there])
      if (!out.length || out.at(-1)![0] !== p[0] || out.at(-1)![1] !== p[1]) out.push(p)
    return { ok: true as const, line: out, streets: streetsAlong(graph, edges) }
  }
  const len = (e: number) => graph.metres[e]!
  // Both ends on one edge: straight along it (a detour round the block is never shorter).
  if (a.edge === b.edge) return ends([a.at, b.at], [a.edge])
  const { start, edgeIds } = adjacency(graph)
  // Edge-based search: a state is an edge walked in one direction (2e: from → to, 2e+1: back),
  // so a turn into another street can cost more than walking on.
  const states = graph.from.length * 2
  const cost = new Float64Array(states).fill(Infinity)
  const prev = new Int32Array(states).fill(-1)
  const heap = new Heap()
  const arrival = (s: number) => (s % 2 === 0 ? graph.to[s >> 1]! : graph.from[s >> 1]!)
  const turn = (e: number, f: number) => (graph.name[e] !== graph.name[f] ? TURN_METRES : 0)
  // A*: the straight line to the destination never overstates what is left to walk, so the
  // search reaches out towards it instead of in every direction (a city has ~10⁵ edges).
  const kx = Math.cos((there[1] * Math.PI) / 180) * M_PER_DEG
  const c2 = graph.coords
  const ahead = (node: number) =>
    0.98 * Math.hypot((c2[2 * node]! - b.at[0]) * kx, (c2[2 * node + 1]! - b.at[1]) * M_PER_DEG)
  const seed = (s: number, c: number) => {
    cost[s] = c
    heap.push(c + ahead(arrival(s)), s)
  }
  seed(2 * a.edge, (1 - a.t) * len(a.edge))
  seed(2 * a.edge + 1, a.t * len(a.edge))
  let best = Infinity
  let bestEnd = -1
  while (heap.size > 0) {
    const s = heap.pop()
    const f = heap.topCost
    const node = arrival(s)
    const c = cost[s]!
    if (f > c + ahead(node) + 1e-9) continue
    if (f >= best) break
    const edge = s >> 1
    const finish =
      node === graph.from[b.edge]
        ? b.t * len(b.edge)
        : node === graph.to[b.edge]
          ? (1 - b.t) * len(b.edge)
          : Infinity
    if (edge !== b.edge && c + finish + turn(edge, b.edge) < best) {
      best = c + finish + turn(edge, b.edge)
      bestEnd = s
    }
    for (let k = start[node]!; k < start[node + 1]!; k++) {
      const e = edgeIds[k]!
      if (e === edge) continue
      const next = graph.from[e] === node ? 2 * e : 2 * e + 1
      const nc = c + len(e) + turn(edge, e)
      if (nc < cost[next]!) {
        cost[next] = nc
        prev[next] = s
        heap.push(nc + ahead(arrival(next)), next)
      }
    }
  }
  if (bestEnd < 0) return { ok: false, reason: 'unconnected' }
  const walked: number[] = []
  for (let s = bestEnd; s >= 0; s = prev[s]!) walked.push(s)
  walked.reverse()
  const path = walked.map(arrival)
  const edges = [...walked.map((s) => s >> 1), b.edge]
  return ends([a.at, ...path.map((n) => point(graph, n)), b.at], edges)
}
