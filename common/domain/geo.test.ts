import { describe, expect, it } from 'vitest'
import type { Geo } from '../content/schema'
import {
  bearingDegrees,
  compassPoint,
  distanceMetres,
  gcj02ToWgs84,
  toWgs84,
  wgs84ToGcj02,
} from './geo'

const wgs = (lat: number, lng: number): Geo => ({ lat, lng, crs: 'wgs84' })

describe('distanceMetres', () => {
  it('is zero for the same point', () => {
    expect(distanceMetres(wgs(43.9, 125.3), wgs(43.9, 125.3))).toBe(0)
  })

  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceMetres(wgs(43, 125), wgs(44, 125))).toBeCloseTo(111_195, -1)
  })

  it('shrinks longitude with latitude (cos 60° = 0.5)', () => {
    const atEquator = distanceMetres(wgs(0, 0), wgs(0, 1))
    const at60 = distanceMetres(wgs(60, 0), wgs(60, 1))
    expect(at60 / atEquator).toBeCloseTo(0.5, 2)
  })

  it('is symmetric', () => {
    const a = wgs(43.9, 125.32)
    const b = wgs(43.88, 125.35)
    expect(distanceMetres(a, b)).toBeCloseTo(distanceMetres(b, a), 6)
  })

  it('converts GCJ-02 so the same place in both datums is (almost) zero apart', () => {
    const place = wgs(43.9075, 125.3236)
    const sameInGcj: Geo = { ...wgs84ToGcj02(place), crs: 'gcj02' }
    expect(distanceMetres(place, sameInGcj)).toBeLessThan(0.01)
    // Without conversion the two would look hundreds of metres apart.
    expect(distanceMetres(place, { ...sameInGcj, crs: 'wgs84' })).toBeGreaterThan(100)
  })
})

describe('GCJ-02', () => {
  it('shifts points in China by tens to hundreds of metres', () => {
    const place = wgs(43.9075, 125.3236)
    const shifted = wgs84ToGcj02(place)
    const metres = distanceMetres(place, { ...shifted, crs: 'wgs84' })
    expect(metres).toBeGreaterThan(50)
    expect(metres).toBeLessThan(1000)
  })

  it('matches the widely published offset at Tiananmen, Beijing', () => {
    const shifted = wgs84ToGcj02({ lat: 39.90872, lng: 116.39748 })
    expect(shifted.lat).toBeCloseTo(39.91012, 4)
    expect(shifted.lng).toBeCloseTo(116.40372, 4)
  })

  it('leaves points outside China unchanged', () => {
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 })
  })

  it('round-trips to within a centimetre', () => {
    const start = { lat: 39.915, lng: 116.404 }
    const back = gcj02ToWgs84(wgs84ToGcj02(start))
    expect(distanceMetres({ ...start, crs: 'wgs84' }, { ...back, crs: 'wgs84' })).toBeLessThan(0.01)
  })

  it('toWgs84 leaves WGS-84 points as they are', () => {
    expect(toWgs84(wgs(43.9, 125.3))).toEqual({ lat: 43.9, lng: 125.3 })
  })
})

describe('bearingDegrees', () => {
  const origin = wgs(43.9, 125.3)
  it.each([
    [wgs(44, 125.3), 0],
    [wgs(43.9, 125.4), 90],
    [wgs(43.8, 125.3), 180],
    [wgs(43.9, 125.2), 270],
  ])('points the right way to %o', (target, expected) => {
    expect(bearingDegrees(origin, target)).toBeCloseTo(expected, 0)
  })

  it('stays within [0, 360)', () => {
    const b = bearingDegrees(origin, wgs(43.95, 125.25))
    expect(b).toBeGreaterThan(270)
    expect(b).toBeLessThan(360)
  })
})

describe('compassPoint', () => {
  it.each([
    [0, 'n'],
    [22, 'n'],
    [23, 'ne'],
    [90, 'e'],
    [135, 'se'],
    [180, 's'],
    [225, 'sw'],
    [270, 'w'],
    [315, 'nw'],
    [338, 'n'],
    [360, 'n'],
    [-90, 'w'],
    [450, 'e'],
  ] as const)('%d° is %s', (deg, point) => {
    expect(compassPoint(deg)).toBe(point)
  })
})
