import { describe, expect, it } from 'vitest'
import { distanceMetres, toWgs84 } from './geo'
import { lineMetres, planWalk, walkMinutes } from './walk'

const site = { id: 'station', geo: { lat: 43.907, lng: 125.323, crs: 'gcj02' as const } }
const placeGeo = { lat: 43.9, lng: 125.33, crs: 'wgs84' as const }

describe('planWalk', () => {
  it('uses the office route for this site, joined to both exact points (WGS-84)', () => {
    const here = toWgs84(site.geo)
    const corner: [number, number] = [placeGeo.lng, here.lat]
    const walk = planWalk(site, {
      geo: placeGeo,
      walkRoutes: { station: { type: 'LineString', coordinates: [[here.lng, here.lat], corner] } },
    })!
    expect(walk.kind).toBe('office')
    expect(walk.line[0]).toEqual([here.lng, here.lat])
    expect(walk.line.at(-1)).toEqual([placeGeo.lng, placeGeo.lat])
    // An L-shaped walk is longer than the straight line and is measured along the streets.
    const straight = distanceMetres(site.geo, placeGeo)
    expect(walk.metres).toBeGreaterThan(straight * 1.2)
    expect(walk.minutes).toBe(Math.round(walk.metres / 75))
  })

  it('falls back to the straight line, and says so, when the office drew no route from here', () => {
    const walk = planWalk(site, {
      geo: placeGeo,
      walkRoutes: {
        'other-site': {
          type: 'LineString',
          coordinates: [
            [1, 1],
            [2, 2],
          ],
        },
      },
    })!
    expect(walk.kind).toBe('straight')
    expect(walk.line).toHaveLength(2)
    expect(walk.metres).toBeCloseTo(distanceMetres(site.geo, placeGeo), 0)
  })

  it('draws nothing without coordinates at either end', () => {
    expect(planWalk({ id: 'x' }, { geo: placeGeo })).toBeUndefined()
    expect(planWalk(site, {})).toBeUndefined()
  })
})

describe('walkMinutes and lineMetres', () => {
  it('counts about 75 m a minute, never less than one minute', () => {
    expect(walkMinutes(10)).toBe(1)
    expect(walkMinutes(750)).toBe(10)
    expect(walkMinutes(1_500)).toBe(20)
  })
  it('adds the legs of a line', () => {
    const a: [number, number] = [125.3, 43.9]
    const b: [number, number] = [125.31, 43.9]
    expect(lineMetres([a, b, a])).toBeCloseTo(2 * lineMetres([a, b]), 6)
  })
})
