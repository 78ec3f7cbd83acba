import { describe, expect, it } from 'vitest'
import { planWalk } from '../../common/domain/walk'
import { encodeWalkGraph, readWalkGraph, type WalkGraph } from '../../common/map/walkGraph'
import { drawSlipMap, layoutSlipMap, slipStreets, type SlipMap } from './slipMap'

const site = { id: 's', geo: { lat: 43.9, lng: 125.32, crs: 'wgs84' as const } }
const place = {
  geo: { lat: 43.905, lng: 125.33, crs: 'wgs84' as const },
  walkRoutes: {
    s: {
      type: 'LineString' as const,
      coordinates: [
        [125.32, 43.9],
        [125.33, 43.9],
      ] as [number, number][],
    },
  },
}

describe('layoutSlipMap', () => {
  it('keeps the whole walk inside the margin, north up, east right', () => {
    const walk = planWalk(site, place)!
    const out = layoutSlipMap(walk, 576, 357, 46)
    for (const p of out.line) {
      expect(p.x).toBeGreaterThanOrEqual(46 - 1e-6)
      expect(p.x).toBeLessThanOrEqual(576 - 46 + 1e-6)
      expect(p.y).toBeGreaterThanOrEqual(46 - 1e-6)
      expect(p.y).toBeLessThanOrEqual(357 - 46 + 1e-6)
    }
    expect(out.there.x).toBeGreaterThan(out.here.x) // the place is east
    expect(out.there.y).toBeLessThan(out.here.y) // and north: up on paper
    expect(out.line[1]!.y).toBeCloseTo(out.here.y, 6) // the office's first leg runs due east
  })

  it('chooses a round scale bar no wider than a third of the paper', () => {
    const out = layoutSlipMap(planWalk(site, place)!, 384, 238, 30)
    expect(
      [1, 2, 5].some(
        (m) => Number.isInteger(out.bar.metres / m) && /^[125]0*$/.test(String(out.bar.metres)),
      ),
    ).toBe(true)
    expect(out.bar.dots).toBeLessThanOrEqual(384 * 0.35 + 1e-6)
  })
})

/** A grid of streets every ~110 m around the walk, and one street far off the map. */
function streetGrid(): WalkGraph {
  const coords: [number, number][] = []
  const edges: { from: number; to: number; metres: number; name: number }[] = []
  const line = (a: [number, number], b: [number, number]) => {
    coords.push(a, b)
    edges.push({ from: coords.length - 2, to: coords.length - 1, metres: 500, name: 0 })
  }
  for (let i = -2; i <= 12; i++) {
    line([125.32 + i * 0.001, 43.895], [125.32 + i * 0.001, 43.91])
    line([125.315, 43.9 + i * 0.0005], [125.335, 43.9 + i * 0.0005])
  }
  line([125.5, 44.1], [125.51, 44.1])
  const read = readWalkGraph(
    JSON.stringify(
      encodeWalkGraph({ zoom: 15, bounds: [125, 43, 126, 45], coords, edges, names: [] }),
    ),
    'g.json',
  )
  if (!read.ok) throw new Error(read.reason)
  return read.graph
}

/** A canvas context that only remembers what was stroked and how thick. */
function recordingContext() {
  const strokes: { width: number; colour: string; segments: number }[] = []
  let segments = 0
  const g = {
    lineWidth: 1,
    strokeStyle: '#000',
    fillStyle: '#000',
    font: '',
    textAlign: 'left',
    textBaseline: 'top',
    lineCap: 'butt',
    lineJoin: 'miter',
    beginPath: () => (segments = 0),
    lineTo: () => segments++,
    stroke: () => strokes.push({ width: g.lineWidth, colour: String(g.strokeStyle), segments }),
    measureText: (text: string) => ({ width: text.length * 10 }),
  }
  const context = new Proxy(g, {
    get: (target, key) => (key in target ? target[key as keyof typeof g] : () => undefined),
    set: (target, key, value) => Reflect.set(target, key, value),
  })
  return { context: context as unknown as CanvasRenderingContext2D, strokes }
}

describe('streets on the slip map', () => {
  const walk = planWalk(site, place)!
  const labels: SlipMap['labels'] = { here: 'A', there: 'B', north: 'N', scale: String }

  it('picks the streets that cross the map box, in dots, and not the far-off ones', () => {
    const layout = layoutSlipMap(walk, 576, 357, 70)
    const streets = slipStreets(streetGrid(), layout)
    expect(streets.length).toBeGreaterThan(10)
    expect(streets.length).toBeLessThan(31) // the street 25 km away is left out
    for (const [x1, y1, x2, y2] of streets)
      expect(Math.max(x1, x2) >= 0 && Math.min(x1, x2) <= 576 && Math.max(y1, y2) >= 0).toBe(true)
  })

  it('draws thin streets under a thick walk, and no streets without a graph', () => {
    for (const [width, thin] of [
      [576, 3],
      [384, 2],
    ] as const) {
      const withGraph = recordingContext()
      drawSlipMap(
        withGraph.context,
        { walk, labels, streets: streetGrid() },
        {
          left: 0,
          top: 0,
          width,
          font: () => '',
        },
      )
      const streets = withGraph.strokes.find((s) => s.width === thin && s.colour === '#000')
      expect(streets?.segments).toBeGreaterThan(10)
      const walkStroke = withGraph.strokes.findLast((s) => s.segments === walk.line.length - 1)
      expect(walkStroke!.width).toBeGreaterThan(thin)
      expect(withGraph.strokes.indexOf(streets!)).toBeLessThan(
        withGraph.strokes.indexOf(walkStroke!),
      )
      const without = recordingContext()
      drawSlipMap(without.context, { walk, labels }, { left: 0, top: 0, width, font: () => '' })
      expect(without.strokes.some((s) => s.width === thin)).toBe(false)
    }
  })
})
