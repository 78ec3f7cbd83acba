import type { Geo, KioskMap } from '../../../common/content/schema'
import {
  bearingDegrees,
  distanceMetres,
  gcj02ToWgs84,
  wgs84ToGcj02,
} from '../../../common/domain/geo'
import type { LngLat } from '../../../common/domain/walk'

export type Point = { x: number; y: number }

/** The point in the datum `crs`, converting between WGS-84 and GCJ-02 when they differ. */
export function inCrs(geo: Geo, crs: Geo['crs']): { lat: number; lng: number } {
  if (geo.crs === crs) return { lat: geo.lat, lng: geo.lng }
  return crs === 'wgs84' ? gcj02ToWgs84(geo) : wgs84ToGcj02(geo)
}

/**
 * Where `geo` falls on a georeferenced map image, in image pixels (origin top-left), by linear
 * interpolation inside the map's bounds after converting to the map's datum. Undefined when the
 * point lies outside the picture: a marker pinned to the edge would lie about where it is.
 */
export function projectOnImage(geo: Geo, map: KioskMap): Point | undefined {
  const { north, south, east, west } = map.bounds
  if (north <= south || east <= west) return undefined
  const p = inCrs(geo, map.crs)
  const x = ((p.lng - west) / (east - west)) * map.width
  const y = ((north - p.lat) / (north - south)) * map.height
  if (x < 0 || x > map.width || y < 0 || y > map.height) return undefined
  return { x, y }
}

/** A round length for a scale bar: 1, 2 or 5 × 10^n metres, at most `maxMetres`. */
export function niceLength(maxMetres: number): number {
  if (!(maxMetres > 0)) return 0
  const power = 10 ** Math.floor(Math.log10(maxMetres))
  const steps = [5, 2, 1].map((s) => s * power)
  return steps.find((s) => s <= maxMetres) ?? power
}

export type Schematic = {
  here: Point
  there: Point
  /** The walk's points from here to there (just the two when it is the straight line). */
  route: Point[]
  /** Length of the scale bar in view units and the metres it stands for. */
  scaleBar: { length: number; metres: number }
  metres: number
}

/** Metres east and north of `origin`, from the datum-aware distance and bearing. */
function offset(origin: Geo, p: Geo): { east: number; north: number } {
  const metres = distanceMetres(origin, p)
  const rad = (bearingDegrees(origin, p) * Math.PI) / 180
  return { east: metres * Math.sin(rad), north: metres * Math.cos(rad) }
}

/**
 * Lays out the kiosk and the destination (and the walk between them, when it follows streets:
 * WGS-84 [lng, lat] points) on a `width`×`height` view with north up and everything inside a
 * margin. Distance and bearing come from the datum-aware geo functions, so the picture and the
 * "1.2 km, north-east" label always agree.
 */
export function schematicLayout(
  from: Geo,
  to: Geo,
  width: number,
  height: number,
  margin: number,
  line?: LngLat[],
): Schematic {
  const metres = distanceMetres(from, to)
  const via = (line ?? []).map(([lng, lat]) => offset(from, { lng, lat, crs: 'wgs84' }))
  const ends = [{ east: 0, north: 0 }, offset(from, to)]
  const all = [...ends, ...via]
  const minE = Math.min(...all.map((p) => p.east))
  const maxE = Math.max(...all.map((p) => p.east))
  const minN = Math.min(...all.map((p) => p.north))
  const maxN = Math.max(...all.map((p) => p.north))
  const usableW = width - 2 * margin
  const usableH = height - 2 * margin
  const scale = Math.min(usableW / Math.max(maxE - minE, 1), usableH / Math.max(maxN - minN, 1))
  const place = (p: { east: number; north: number }): Point => ({
    x: width / 2 + (p.east - (minE + maxE) / 2) * scale,
    y: height / 2 - (p.north - (minN + maxN) / 2) * scale,
  })
  const here = place(ends[0]!)
  const there = place(ends[1]!)
  const route = via.length >= 2 ? via.map(place) : [here, there]
  const barMetres = niceLength((usableW * 0.4) / scale)
  return { here, there, route, scaleBar: { length: barMetres * scale, metres: barMetres }, metres }
}
