import { describe, expect, it } from 'vitest'
import { encodeWalkGraph, readWalkGraph, type WalkGraph } from '../map/walkGraph'
import { distanceMetres } from './geo'
import { findRoute, MAX_ROUTE_METRES, MAX_SNAP_METRES, snapToGraph } from './route'
import { planWalk } from './walk'

// A hand-made block: a square of four streets about 220 m a side, with a long detour to the
// east and one street (node 6–7) joined to nothing.
const LAT0 = 43.9
const LNG0 = 125.3
const dLat = 220 / 111_320
const dLng = 220 / (111_320 * Math.cos((LAT0 * Math.PI) / 180))
const coords: [number, number][] = [
  [LNG0, LAT0], // 0 south-west
  [LNG0 + dLng, LAT0], // 1 south-east
  [LNG0 + dLng, LAT0 + dLat], // 2 north-east
  [LNG0, LAT0 + dLat], // 3 north-west
  [LNG0 + 3 * dLng, LAT0], // 4 far east
  [LNG0 + 3 * dLng, LAT0 + dLat], // 5 far north-east
  [LNG0 + 10 * dLng, LAT0 + 10 * dLat], // 6 island
  [LNG0 + 11 * dLng, LAT0 + 10 * dLat], // 7 island
]
const geo = (i: number) => ({ lng: coords[i]![0], lat: coords[i]![1], crs: 'wgs84' as const })
const metres = (a: number, b: number) => distanceMetres(geo(a), geo(b))
const pairs: [number, number, number][] = [
  [0, 1, 1],
  [1, 2, 2],
  [2, 3, 1],
  [3, 0, 2],
  [1, 4, 1],
  [4, 5, 0],
  [5, 2, 0],
  [6, 7, 0],
]

function graph(): WalkGraph {
  const file = encodeWalkGraph({
    zoom: 15,
    bounds: [LNG0, LAT0, LNG0 + 11 * dLng, LAT0 + 10 * dLat],
    coords,
    edges: pairs.map(([from, to, name]) => ({ from, to, name, metres: metres(from, to) })),
    names: [{ zh: '样例1街', en: 'Sample Street 1' }, { zh: '测试1路' }],
  })
  const read = readWalkGraph(JSON.stringify(file), 'walkgraph.json')
  if (!read.ok) throw new Error(read.reason)
  return read.graph
}
const g = graph()
const site = { id: 's', geo: geo(0) }

/** A graph of one street between two points. */
const oneStreet = (a: [number, number], b: [number, number], metres: number) =>
  encodeWalkGraph({
    zoom: 15,
    bounds: [Math.min(a[0], b[0]), a[1], Math.max(a[0], b[0]), b[1]],
    coords: [a, b],
    edges: [{ from: 0, to: 1, metres, name: 0 }],
    names: [],
  })

describe('findRoute', () => {
  it('walks the shortest way along the streets, from the exact points, naming the streets', () => {
    // South-west corner to a point just off the north-east corner: two sides of the square.
    const there: [number, number] = [coords[2]![0] + 0.0001, coords[2]![1]]
    const route = findRoute(g, coords[0]!, there)
    expect(route.ok).toBe(true)
    if (!route.ok) return
    expect(route.line[0]).toEqual(coords[0])
    expect(route.line.at(-1)).toEqual(there)
    // Either way round the square is as long: the tie goes the same way every time.
    expect(findRoute(g, coords[0]!, there)).toEqual(route)
    expect(route.streets.length).toBeGreaterThanOrEqual(1)
    const walk = planWalk(site, { geo: { lng: there[0], lat: there[1], crs: 'wgs84' } }, g)!
    expect(walk.kind).toBe('computed')
    expect(walk.metres).toBeGreaterThan(440)
    expect(walk.metres).toBeLessThan(460) // not the detour by the far east (≈ 1100 m)
    expect(walk.minutes).toBe(6)
  })

  it('takes the detour when it is the only way', () => {
    const cut: WalkGraph = { ...g, metres: g.metres.map((m, e) => (e === 1 ? 1e9 : m)) }
    const route = findRoute(cut, coords[1]!, coords[2]!)
    expect(route.ok && route.line.length).toBeGreaterThan(3)
  })

  it('follows one street when both ends are on it', () => {
    const a: [number, number] = [LNG0 + dLng * 0.2, LAT0 + 0.0001]
    const b: [number, number] = [LNG0 + dLng * 0.8, LAT0 + 0.0001]
    const route = findRoute(g, a, b)
    expect(route.ok && route.line.length).toBe(4)
    expect(route.ok && route.streets).toEqual([{ zh: '样例1街', en: 'Sample Street 1' }])
  })

  it(`refuses an end more than ${MAX_SNAP_METRES} m from any street`, () => {
    const far: [number, number] = [LNG0 - 400 / 80_000, LAT0 - 0.004]
    expect(snapToGraph(g, far)!.metres).toBeGreaterThan(MAX_SNAP_METRES)
    expect(findRoute(g, far, coords[2]!)).toEqual({ ok: false, reason: 'far' })
    expect(planWalk(site, { geo: { lng: far[0], lat: far[1], crs: 'wgs84' } }, g)!.kind).toBe(
      'straight',
    )
  })

  it(`works out no walk between ends more than ${MAX_ROUTE_METRES / 1000} km apart`, () => {
    const far = oneStreet([125.3, 43.9], [125.4, 43.9], 8000)
    const read = readWalkGraph(JSON.stringify(far), 'far.json')
    expect(read.ok && findRoute(read.graph, [125.3, 43.9], [125.4, 43.9])).toEqual({
      ok: false,
      reason: 'far',
    })
  })

  it('refuses two ends no street joins', () => {
    expect(findRoute(g, coords[0]!, coords[6]!)).toEqual({ ok: false, reason: 'unconnected' })
    expect(planWalk(site, { geo: geo(6) }, g)!.kind).toBe('straight')
  })

  it('prefers the office route to a computed one', () => {
    const place = {
      geo: geo(2),
      walkRoutes: { s: { type: 'LineString' as const, coordinates: [coords[0]!, coords[3]!] } },
    }
    expect(planWalk(site, place, g)!.kind).toBe('office')
  })
})

describe('readWalkGraph', () => {
  const good = oneStreet([0, 0], [0.001, 0], 111)
  const refusal = (file: unknown) => {
    const read = readWalkGraph(typeof file === 'string' ? file : JSON.stringify(file), 'w.json')
    return read.ok ? 'accepted' : read.reason
  }
  it('accepts a good graph and names the file and the fault in every refusal', () => {
    expect(refusal(good)).toBe('accepted')
    expect(refusal('{"format": "relief')).toBe('w.json is not JSON (cut short or damaged?)')
    expect(refusal({ ...good, format: 'other/1' })).toMatch(/^w\.json: format: /)
    expect(refusal({ ...good, edges: [0, 5, 10, 0] })).toBe(
      'w.json: edge 0 joins node 5, which does not exist',
    )
    expect(refusal({ ...good, edges: [0, 1, 10, 3] })).toMatch(/edge 0 names street 3/)
    expect(refusal({ ...good, edges: [0, 1, 0, 0] })).toBe('w.json: edge 0 has no length')
    expect(refusal({ ...good, edges: [0, 1, 10] })).toMatch(/quadruples/)
    expect(refusal({ ...good, nodes: [0, 0, 181_000_000, 0] })).toMatch(/node 1 lies off/)
    expect(refusal({ ...good, nodes: [0, 'a'] })).toBe(
      'w.json: node 0 is not a pair of whole numbers',
    )
    expect(refusal({ ...good, nodes: 5 })).toBe('w.json: nodes: a list of whole numbers')
    expect(refusal({ ...good, edges: [0, 1, -10, 0] })).toBe(
      'w.json: edge 0 is not four whole numbers',
    )
  })
})
