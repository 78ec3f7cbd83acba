/**
 * Splits a tile's road segments where they meet, so the walking graph has junctions. Vector
 * tiles do not keep OSM's shared junction nodes: the tile simplifier drops a junction lying on a
 * straight street, and the made-up test streets never had one. So streets are joined where they
 * cross (unless one is a bridge or a tunnel: it passes over or under) and where one ends on
 * another (a T-junction), within a small tolerance in tile units.
 */

export interface Segment {
  ax: number
  ay: number
  bx: number
  by: number
  /** A bridge or tunnel: joined only at its ends, never where it crosses a street. */
  layered: boolean
}

type Cut = { t: number; x: number; y: number }

/** Tile units within which an end counts as touching a street (~0.5 m at zoom 15). */
const TOUCH = 2
const CELL = 256

function touch(s: Segment, x: number, y: number): Cut | undefined {
  const dx = s.bx - s.ax
  const dy = s.by - s.ay
  const len2 = dx * dx + dy * dy
  if (len2 === 0) return undefined
  const t = ((x - s.ax) * dx + (y - s.ay) * dy) / len2
  if (t <= 0 || t >= 1) return undefined
  const px = s.ax + t * dx - x
  const py = s.ay + t * dy - y
  return px * px + py * py <= TOUCH * TOUCH ? { t, x, y } : undefined
}

function cross(s: Segment, r: Segment): [Cut, Cut] | undefined {
  const dx = s.bx - s.ax
  const dy = s.by - s.ay
  const ex = r.bx - r.ax
  const ey = r.by - r.ay
  const den = dx * ey - dy * ex
  if (den === 0) return undefined
  const wx = r.ax - s.ax
  const wy = r.ay - s.ay
  const t = (wx * ey - wy * ex) / den
  const u = (wx * dy - wy * dx) / den
  if (t <= 0 || t >= 1 || u <= 0 || u >= 1) return undefined
  const x = s.ax + t * dx
  const y = s.ay + t * dy
  return [
    { t, x, y },
    { t: u, x, y },
  ]
}

/**
 * Each segment's pieces between junctions: `[ax, ay, bx, by, segment index]`. Both pieces at a
 * junction carry the very same coordinates, so they meet in one graph node.
 */
export function nodeSegments(segments: Segment[]): [number, number, number, number, number][] {
  const cuts: Cut[][] = segments.map((s) => [
    { t: 0, x: s.ax, y: s.ay },
    { t: 1, x: s.bx, y: s.by },
  ])
  const cells = new Map<string, number[]>()
  segments.forEach((s, i) => {
    const [x0, x1] = [Math.min(s.ax, s.bx) - TOUCH, Math.max(s.ax, s.bx) + TOUCH]
    const [y0, y1] = [Math.min(s.ay, s.by) - TOUCH, Math.max(s.ay, s.by) + TOUCH]
    for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
      for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
        const key = `${cx},${cy}`
        const list = cells.get(key) ?? []
        list.push(i)
        cells.set(key, list)
      }
  })
  const seen = new Set<number>()
  const n = segments.length
  for (const list of cells.values()) {
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const [i, j] = [Math.min(list[p]!, list[q]!), Math.max(list[p]!, list[q]!)]
        if (seen.has(i * n + j)) continue
        seen.add(i * n + j)
        const s = segments[i]!
        const r = segments[j]!
        for (const [on, from] of [
          [s, r],
          [r, s],
        ] as const) {
          for (const [x, y] of [
            [from.ax, from.ay],
            [from.bx, from.by],
          ] as const) {
            const cut = touch(on, x, y)
            if (cut) cuts[on === s ? i : j]!.push(cut)
          }
        }
        if (!s.layered && !r.layered) {
          const hit = cross(s, r)
          if (hit) {
            cuts[i]!.push(hit[0])
            cuts[j]!.push(hit[1])
          }
        }
      }
    }
  }
  const pieces: [number, number, number, number, number][] = []
  cuts.forEach((list, i) => {
    list.sort((a, b) => a.t - b.t)
    for (let k = 1; k < list.length; k++) {
      const [a, b] = [list[k - 1]!, list[k]!]
      pieces.push([a.x, a.y, b.x, b.y, i])
    }
  })
  return pieces
}
