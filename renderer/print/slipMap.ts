import type { Walk } from '../../common/domain/walk'
import type { WalkGraph } from '../../common/map/walkGraph'

/** The small map of the walk a place slip carries (drawn by drawSlip, black on white). */
export type SlipMap = {
  walk: Walk
  labels: { here: string; there: string; north: string; scale: (metres: number) => string }
  /** Printed under the map when the walk was drawn from OpenStreetMap data (ODbL). */
  attribution?: string
  /** The packed walking graph: its streets are drawn around the walk. */
  streets?: WalkGraph
}

const M_PER_DEG = 111_320

type Pt = { x: number; y: number }

/**
 * Lays the walk out north-up in a `width`×`height` box of printer dots with a margin: a local
 * equirectangular projection (exact enough for a walk of a few kilometres) and a round scale-bar
 * length. Pure, so the geometry is tested without a canvas.
 */
export function layoutSlipMap(walk: Walk, width: number, height: number, margin: number) {
  const lat0 = walk.here[1]
  const kx = Math.cos((lat0 * Math.PI) / 180) * M_PER_DEG
  const metres = walk.line.map(([lng, lat]) => ({ e: lng * kx, n: lat * M_PER_DEG }))
  const es = metres.map((p) => p.e)
  const ns = metres.map((p) => p.n)
  const spanE = Math.max(Math.max(...es) - Math.min(...es), 1)
  const spanN = Math.max(Math.max(...ns) - Math.min(...ns), 1)
  const scale = Math.min((width - 2 * margin) / spanE, (height - 2 * margin) / spanN)
  const midE = (Math.max(...es) + Math.min(...es)) / 2
  const midN = (Math.max(...ns) + Math.min(...ns)) / 2
  const at = ([lng, lat]: [number, number]): Pt => ({
    x: width / 2 + (lng * kx - midE) * scale,
    y: height / 2 - (lat * M_PER_DEG - midN) * scale,
  })
  const maxBar = (width * 0.35) / scale
  const power = 10 ** Math.floor(Math.log10(maxBar))
  const barMetres = [5, 2, 1].map((s) => s * power).find((s) => s <= maxBar) ?? power
  // The box in degrees, for picking the streets that show.
  const west = (midE - width / 2 / scale) / kx
  const east = (midE + width / 2 / scale) / kx
  const south = (midN - height / 2 / scale) / M_PER_DEG
  const north = (midN + height / 2 / scale) / M_PER_DEG
  return {
    line: walk.line.map(at),
    here: at(walk.here),
    there: at(walk.there),
    bar: { dots: barMetres * scale, metres: barMetres },
    at,
    box: { west, east, south, north },
  }
}

/**
 * The graph's street segments that cross the map's box, in printer dots (x1, y1, x2, y2): the
 * streets around the walk, so the paper shows which corner to turn at. Pure, for the tests.
 */
export function slipStreets(
  graph: WalkGraph,
  layout: ReturnType<typeof layoutSlipMap>,
): [number, number, number, number][] {
  const { west, east, south, north } = layout.box
  const c = graph.coords
  const out: [number, number, number, number][] = []
  for (let e = 0; e < graph.from.length; e++) {
    const a = 2 * graph.from[e]!
    const b = 2 * graph.to[e]!
    const [ax, ay, bx, by] = [c[a]!, c[a + 1]!, c[b]!, c[b + 1]!]
    if (Math.max(ax, bx) < west || Math.min(ax, bx) > east) continue
    if (Math.max(ay, by) < south || Math.min(ay, by) > north) continue
    const p = layout.at([ax, ay])
    const q = layout.at([bx, by])
    out.push([p.x, p.y, q.x, q.y])
  }
  return out
}

/**
 * Draws the map block at `top` across `width` dots: frame, the streets around the walk (thin,
 * when the walking graph is packed), the walk on a white casing (solid when it follows streets,
 * dashed for the straight line), a filled dot for "you are here", a ringed dot for the
 * destination, both labelled, a north arrow and a scale bar; returns the block's height.
 * Thick strokes and 1-bit colours only: a 203 dpi thermal head prints nothing finer reliably,
 * so streets are 2–3 dots and unnamed (a name legible on 58 mm paper would cover the streets;
 * the written steps name them).
 */
export function drawSlipMap(
  g: CanvasRenderingContext2D,
  map: SlipMap,
  box: { left: number; top: number; width: number; font: (size: number) => string },
): number {
  const { left, top, width } = box
  const height = Math.round(width * 0.62)
  const u = width / 576 // 1 at 80 mm, 0.67 at 58 mm
  const layout = layoutSlipMap(map.walk, width, height, Math.round(70 * u))
  g.save()
  g.translate(left, top)
  g.fillStyle = '#000'
  g.strokeStyle = '#000'
  g.lineWidth = 3
  g.strokeRect(1.5, 1.5, width - 3, height - 3)
  g.lineCap = 'round'
  g.lineJoin = 'round'
  const walkWidth = Math.max(4, Math.round(7 * u))
  if (map.streets) {
    g.save()
    g.beginPath()
    g.rect(3, 3, width - 6, height - 6)
    g.clip()
    g.lineWidth = Math.max(2, Math.round(3 * u))
    g.beginPath()
    for (const [x1, y1, x2, y2] of slipStreets(map.streets, layout)) {
      g.moveTo(x1, y1)
      g.lineTo(x2, y2)
    }
    g.stroke()
    // A white casing keeps the walk apart from the streets it runs along.
    g.strokeStyle = '#fff'
    g.lineWidth = walkWidth + 8
    g.beginPath()
    layout.line.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)))
    g.stroke()
    g.restore()
  }
  g.lineWidth = walkWidth
  g.setLineDash(map.walk.kind === 'straight' ? [14 * u, 10 * u] : [])
  g.beginPath()
  layout.line.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)))
  g.stroke()
  g.setLineDash([])
  const r = Math.round(13 * u)
  g.beginPath()
  g.arc(layout.here.x, layout.here.y, r, 0, 2 * Math.PI)
  g.fill()
  g.fillStyle = '#fff'
  g.beginPath()
  g.arc(layout.there.x, layout.there.y, r, 0, 2 * Math.PI)
  g.fill()
  g.lineWidth = Math.max(4, Math.round(6 * u))
  g.stroke()
  g.fillStyle = '#000'
  g.beginPath()
  g.arc(layout.there.x, layout.there.y, r / 3, 0, 2 * Math.PI)
  g.fill()
  g.textBaseline = 'top'
  g.font = box.font(Math.round(24 * u))
  const label = (p: Pt, text: string) => {
    const w = g.measureText(text).width
    const x = Math.min(Math.max(6, p.x - w / 2), width - w - 6)
    const y = p.y + r + 6 > height - 40 * u ? p.y - r - 32 * u : p.y + r + 6
    g.fillStyle = '#fff'
    g.fillRect(x - 3, y - 2, w + 6, 28 * u)
    g.fillStyle = '#000'
    g.fillText(text, x, y)
  }
  label(layout.here, map.labels.here)
  label(layout.there, map.labels.there)
  // North arrow, top right, on white like every label: a street under it would break the glyph.
  const nx = width - 34 * u
  const northW = Math.max(36 * u, g.measureText(map.labels.north).width + 8)
  g.fillStyle = '#fff'
  g.fillRect(nx - northW / 2, 10 * u, northW, 74 * u)
  g.fillStyle = '#000'
  g.beginPath()
  g.moveTo(nx, 14 * u)
  g.lineTo(nx + 14 * u, 50 * u)
  g.lineTo(nx - 14 * u, 50 * u)
  g.closePath()
  g.fill()
  g.textAlign = 'center'
  g.fillText(map.labels.north, nx, 54 * u)
  g.textAlign = 'left'
  // Scale bar, bottom left, on white: "100 m" with a street through it reads as "10 0 m".
  const by = height - 22 * u
  g.font = box.font(Math.round(20 * u))
  const scaleText = map.labels.scale(layout.bar.metres)
  g.fillStyle = '#fff'
  g.fillRect(8 * u, by - 17 * u, 22 * u + layout.bar.dots + g.measureText(scaleText).width, 27 * u)
  g.fillStyle = '#000'
  g.fillRect(14 * u, by, layout.bar.dots, 5)
  g.fillRect(14 * u, by - 10 * u, 4, 10 * u + 5)
  g.fillRect(14 * u + layout.bar.dots - 4, by - 10 * u, 4, 10 * u + 5)
  g.fillText(scaleText, 22 * u + layout.bar.dots, by - 14 * u)
  g.restore()
  return height
}
