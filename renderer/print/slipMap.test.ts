import { describe, expect, it } from 'vitest'
import { planWalk } from '../../common/domain/walk'
import { layoutSlipMap } from './slipMap'

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
