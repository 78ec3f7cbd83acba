import { describe, expect, it } from 'vitest'
import type { Geo, KioskMap } from '../../../common/content/schema'
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../../common/domain/geo'
import { niceLength, projectOnImage, schematicLayout } from './projection'

const map: KioskMap = {
  id: 'm',
  siteId: 'station',
  file: 'map.svg',
  width: 800,
  height: 600,
  bounds: { north: 43.92, south: 43.9, east: 125.34, west: 125.3 },
  crs: 'gcj02',
  alt: { 'zh-Hans': '地图' },
}

describe('projectOnImage', () => {
  it('interpolates linearly inside the bounds', () => {
    expect(projectOnImage({ lat: 43.92, lng: 125.3, crs: 'gcj02' }, map)).toEqual({ x: 0, y: 0 })
    expect(projectOnImage({ lat: 43.9, lng: 125.34, crs: 'gcj02' }, map)).toEqual({
      x: 800,
      y: 600,
    })
    const centre = projectOnImage({ lat: 43.91, lng: 125.32, crs: 'gcj02' }, map)
    expect(centre?.x).toBeCloseTo(400, 6)
    expect(centre?.y).toBeCloseTo(300, 6)
  })

  it('converts a WGS-84 point into the map datum first', () => {
    const wgs = gcj02ToWgs84({ lat: 43.91, lng: 125.32 })
    const p = projectOnImage({ ...wgs, crs: 'wgs84' }, map)
    expect(p?.x).toBeCloseTo(400, 3)
    expect(p?.y).toBeCloseTo(300, 3)
    const unconverted = projectOnImage({ lat: 43.91, lng: 125.32, crs: 'wgs84' }, map)
    // The datum shift in Changchun is several hundred metres: tens of pixels on this map.
    expect(Math.abs((unconverted?.x ?? 0) - 400)).toBeGreaterThan(10)
  })

  it('refuses points outside the picture and maps with inverted bounds', () => {
    expect(projectOnImage({ lat: 44.5, lng: 125.32, crs: 'gcj02' }, map)).toBeUndefined()
    const flipped = { ...map, bounds: { ...map.bounds, north: 43.9, south: 43.92 } }
    expect(projectOnImage({ lat: 43.91, lng: 125.32, crs: 'gcj02' }, flipped)).toBeUndefined()
  })
})

describe('niceLength', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect(niceLength(730)).toBe(500)
    expect(niceLength(199)).toBe(100)
    expect(niceLength(2500)).toBe(2000)
    expect(niceLength(0)).toBe(0)
  })
})

describe('schematicLayout', () => {
  const kiosk: Geo = { lat: 43.9, lng: 125.3, crs: 'wgs84' }
  it('puts north up and east right, both points inside the margin', () => {
    const north = schematicLayout(kiosk, { lat: 43.91, lng: 125.3, crs: 'wgs84' }, 400, 300, 40)
    expect(north.there.y).toBeLessThan(north.here.y)
    expect(north.there.x).toBeCloseTo(north.here.x, 3)
    const east = schematicLayout(kiosk, { lat: 43.9, lng: 125.32, crs: 'wgs84' }, 400, 300, 40)
    expect(east.there.x).toBeGreaterThan(east.here.x)
    for (const p of [north.here, north.there, east.here, east.there]) {
      expect(p.x).toBeGreaterThanOrEqual(40 - 1e-9)
      expect(p.x).toBeLessThanOrEqual(360 + 1e-9)
      expect(p.y).toBeGreaterThanOrEqual(40 - 1e-9)
      expect(p.y).toBeLessThanOrEqual(260 + 1e-9)
    }
  })

  it('draws a scale bar whose length matches the points’ scale', () => {
    const to: Geo = { ...wgs84ToGcj02({ lat: 43.9, lng: 125.31 }), crs: 'gcj02' }
    const s = schematicLayout(kiosk, to, 400, 300, 40)
    const pixels = Math.hypot(s.there.x - s.here.x, s.there.y - s.here.y)
    expect(s.scaleBar.length / s.scaleBar.metres).toBeCloseTo(pixels / s.metres, 6)
    expect([100, 200, 500]).toContain(s.scaleBar.metres)
  })
})
