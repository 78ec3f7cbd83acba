import { describe, expect, it } from 'vitest'
import { distanceMetres } from '../../common/domain/geo'
import { findRoute } from '../../common/domain/route'
import { readWalkGraph } from '../../common/map/walkGraph'
import { syntheticExtract } from './syntheticExtract'
import { deriveWalkGraph, isWalkable } from './walkGraph'

const site = { lng: 125.3178, lat: 43.9085 }
const place = { lng: 125.3301, lat: 43.9162 }
/** A motorway across the area, between two grid streets: the graph must leave it out. */
const MOTORWAY_LAT = site.lat + 0.0009
const motorway = {
  type: 'Feature' as const,
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [site.lng - 0.02, MOTORWAY_LAT],
      [place.lng + 0.02, MOTORWAY_LAT],
    ],
  },
  properties: { kind: 'highway', kind_detail: 'motorway', name: '测试高速' },
}
const archive = syntheticExtract({ anchors: [site, place], extraRoads: [motorway] })
const derived = deriveWalkGraph(archive, [site, place])
const read = readWalkGraph(JSON.stringify(derived.file), 'walkgraph.json')

describe('deriveWalkGraph', () => {
  it('reads the streets and footways of the extract at its most detailed zoom', () => {
    expect(derived.file.zoom).toBe(15)
    expect(derived.tiles).toBeGreaterThan(4) // the area spans several zoom-15 tiles
    expect(derived.edges).toBeGreaterThan(50)
    expect(read.ok).toBe(true)
    const names = derived.file.names.map((n) => n.en)
    expect(names).toContain('Test Road 1')
    expect(names).toContain('Sample Street 1')
    expect(derived.file.names.some((n) => n.zh === '测试高速')).toBe(false)
  })

  it('leaves out motorways and anything closed to people on foot', () => {
    expect(isWalkable({ kind: 'highway' })).toBe(false)
    expect(isWalkable({ kind: 'major_road', kind_detail: 'trunk' })).toBe(false)
    expect(isWalkable({ kind: 'rail' })).toBe(false)
    expect(isWalkable({ kind: 'path', kind_detail: 'footway' })).toBe(true)
    if (!read.ok) throw new Error(read.reason)
    const g = read.graph
    for (let e = 0; e < g.from.length; e++) {
      const a = g.coords[2 * g.from[e]! + 1]!
      const b = g.coords[2 * g.to[e]! + 1]!
      expect(Math.abs(a - MOTORWAY_LAT) < 2e-6 && Math.abs(b - MOTORWAY_LAT) < 2e-6).toBe(false)
    }
  })

  it('joins streets cut at tile edges, so a walk across the area follows the grid', () => {
    if (!read.ok) throw new Error(read.reason)
    const route = findRoute(read.graph, [site.lng, site.lat], [place.lng, place.lat])
    expect(route.ok).toBe(true)
    if (!route.ok) return
    // The grid has a street through each point: the shortest walk is the L between them.
    const corner = { lng: place.lng, lat: site.lat, crs: 'wgs84' as const }
    const l =
      distanceMetres({ ...site, crs: 'wgs84' }, corner) +
      distanceMetres(corner, { ...place, crs: 'wgs84' })
    let walked = 0
    for (let i = 1; i < route.line.length; i++) {
      const [p, q] = [route.line[i - 1]!, route.line[i]!]
      walked += distanceMetres(
        { lng: p[0], lat: p[1], crs: 'wgs84' },
        { lng: q[0], lat: q[1], crs: 'wgs84' },
      )
    }
    expect(walked).toBeGreaterThan(l * 0.99)
    expect(walked).toBeLessThan(l * 1.01)
    // Of the many equally short zig-zags through the grid, the one with a single turn.
    expect(route.streets.map((s) => s.en)).toHaveLength(2)
  })

  it('is small: a few bytes a street segment', () => {
    const bytes = JSON.stringify(derived.file).length
    expect(bytes / derived.edges).toBeLessThan(40)
  })

  it('refuses an archive it cannot read, with the reason', () => {
    expect(() => deriveWalkGraph(new Uint8Array(200), [site])).toThrow(/not a PMTiles file/)
  })
})
