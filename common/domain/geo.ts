import type { Geo } from '../content/schema'

/**
 * Distances and directions between points whose coordinates may use different datums.
 * Chinese map services publish GCJ-02 coordinates, which are offset from WGS-84 (GPS/OSM) by
 * a few hundred metres; mixing them unconverted would put a shelter on the wrong street.
 */

const EARTH_RADIUS_M = 6_371_008.8
/** Krasovsky 1940 ellipsoid, on which the GCJ-02 offset is defined. */
const KRASOVSKY_A = 6_378_245
const KRASOVSKY_EE = 0.006_693_421_622_965_943
const toRad = (deg: number): number => (deg * Math.PI) / 180
const toDeg = (rad: number): number => (rad * 180) / Math.PI

/** GCJ-02 only shifts points inside mainland China's rough bounding box; elsewhere it equals WGS-84. */
function outsideChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function waves(x: number, y: number, k1: number, k2: number): number {
  const base = ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  const mid = ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  const long = ((k1 * Math.sin((y / 12) * Math.PI) + k2 * Math.sin((y / 30) * Math.PI)) * 2) / 3
  return base + mid + long
}

function latShift(x: number, y: number): number {
  const poly = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  return poly + waves(x, y, 160, 320)
}

function lngShift(x: number, y: number): number {
  const poly = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  return poly + waves(x, x, 150, 300)
}

/** The GCJ-02 offset (degrees) to add to a WGS-84 point. */
function gcjOffset(lat: number, lng: number): { dLat: number; dLng: number } {
  if (outsideChina(lat, lng)) return { dLat: 0, dLng: 0 }
  const x = lng - 105
  const y = lat - 35
  const radLat = toRad(lat)
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat =
    (latShift(x, y) * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (lngShift(x, y) * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { dLat, dLng }
}

/** WGS-84 → GCJ-02 (exact, by definition of the forward transform). */
export function wgs84ToGcj02(p: { lat: number; lng: number }): { lat: number; lng: number } {
  const { dLat, dLng } = gcjOffset(p.lat, p.lng)
  return { lat: p.lat + dLat, lng: p.lng + dLng }
}

/** GCJ-02 → WGS-84 by fixed-point iteration; converges to well under a centimetre. */
export function gcj02ToWgs84(p: { lat: number; lng: number }): { lat: number; lng: number } {
  let lat = p.lat
  let lng = p.lng
  for (let i = 0; i < 8; i++) {
    const forward = wgs84ToGcj02({ lat, lng })
    lat += p.lat - forward.lat
    lng += p.lng - forward.lng
  }
  return { lat, lng }
}

/** The point in WGS-84, whatever datum it was given in. */
export function toWgs84(g: Geo): { lat: number; lng: number } {
  return g.crs === 'gcj02' ? gcj02ToWgs84(g) : { lat: g.lat, lng: g.lng }
}

/** Two points in the same datum: the first one's datum when they differ, converted as needed. */
function sameDatum(a: Geo, b: Geo): [{ lat: number; lng: number }, { lat: number; lng: number }] {
  if (a.crs === b.crs) return [a, b]
  return [toWgs84(a), toWgs84(b)]
}

/** Great-circle (haversine) distance in metres; datums are reconciled first. */
export function distanceMetres(a: Geo, b: Geo): number {
  const [p, q] = sameDatum(a, b)
  const dLat = toRad(q.lat - p.lat)
  const dLng = toRad(q.lng - p.lng)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(p.lat)) * Math.cos(toRad(q.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Initial bearing from a to b in degrees clockwise from north, in [0, 360). */
export function bearingDegrees(a: Geo, b: Geo): number {
  const [p, q] = sameDatum(a, b)
  const φ1 = toRad(p.lat)
  const φ2 = toRad(q.lat)
  const Δλ = toRad(q.lng - p.lng)
  const y = Math.sin(Δλ) * Math.cos(φ2)
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ)
  return (toDeg(Math.atan2(y, x)) + 360) % 360
}

const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const
export type CompassPoint = (typeof COMPASS)[number]

/** The nearest of eight compass points; any angle (negative, over 360) is accepted. */
export function compassPoint(deg: number): CompassPoint {
  const normalised = ((deg % 360) + 360) % 360
  return COMPASS[Math.round(normalised / 45) % 8] ?? 'n'
}
