import type { Geo, KioskMap } from '../../../common/content/schema'
import {
  bearingDegrees,
  distanceMetres,
  gcj02ToWgs84,
  wgs84ToGcj02,
} from '../../../common/domain/geo'

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
  /** Length of the scale bar in view units and the metres it stands for. */
  scaleBar: { length: number; metres: number }
  metres: number
}

/**
 * Lays out the kiosk and the destination on a `width`×`height` view with north up and both
 * points inside a margin. Distance and bearing come from the datum-aware geo functions, so the
 * picture and the "1.2 km, north-east" label always agree.
 */
export function schematicLayout(
  from: Geo,
  to: Geo,
  width: number,
  height: number,
  margin: number,
): Schematic {
  const metres = distanceMetres(from, to)
  const rad = (bearingDegrees(from, to) * Math.PI) / 180
  const east = metres * Math.sin(rad)
  const north = metres * Math.cos(rad)
  const usableW = width - 2 * margin
  const usableH = height - 2 * margin
  const spanE = Math.max(Math.abs(east), 1)
  const spanN = Math.max(Math.abs(north), 1)
  const scale = Math.min(usableW / spanE, usableH / spanN)
  const cx = width / 2 - (east * scale) / 2
  const cy = height / 2 + (north * scale) / 2
  const here = { x: cx, y: cy }
  const there = { x: cx + east * scale, y: cy - north * scale }
  const barMetres = niceLength((usableW * 0.4) / scale)
  return { here, there, scaleBar: { length: barMetres * scale, metres: barMetres }, metres }
}
