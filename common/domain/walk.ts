import type { Geo, KioskSite, Location } from '../content/schema'
import type { StreetName, WalkGraph } from '../map/walkGraph'
import { distanceMetres, toWgs84 } from './geo'
import { findRoute } from './route'

/** Walking pace for "about N minutes": ~75 m a minute, a calm adult pace with luggage. */
export const WALK_METRES_PER_MINUTE = 75

/** [longitude, latitude] in WGS-84, as GeoJSON and street maps use. */
export type LngLat = [number, number]

/**
 * The walk to draw from a kiosk site to a place, and how honestly it can be described:
 * `office` is the route the content office drew (it follows streets); `computed` is the
 * shortest way along the packed walking graph, worked out by the kiosk (it follows the map's
 * streets, but nobody walked it); `straight` is only the straight line between the two points
 * (it does not), and the screen says so.
 */
export interface Walk {
  kind: 'office' | 'computed' | 'straight'
  /** From the kiosk to the place, WGS-84. */
  line: LngLat[]
  here: LngLat
  there: LngLat
  metres: number
  minutes: number
  /** For a computed walk: the named streets it follows, in order. */
  streets?: StreetName[]
}

const asGeo = ([lng, lat]: LngLat): Geo => ({ lng, lat, crs: 'wgs84' })
const asLngLat = (g: Geo): LngLat => {
  const p = toWgs84(g)
  return [p.lng, p.lat]
}

/** Length of a line along its points, metres. */
export function lineMetres(line: LngLat[]): number {
  let total = 0
  for (let i = 1; i < line.length; i++)
    total += distanceMetres(asGeo(line[i - 1]!), asGeo(line[i]!))
  return total
}

/** Whole minutes on foot at WALK_METRES_PER_MINUTE, at least one. */
export function walkMinutes(metres: number): number {
  return Math.max(1, Math.round(metres / WALK_METRES_PER_MINUTE))
}

/**
 * The walk from `site` to `place`: the office's route for this site when the content has one,
 * else a route along the walking graph when one is packed and joins both ends (each within
 * MAX_SNAP_METRES of a street), else the straight line. Undefined when either point has no
 * coordinates (nothing to draw). Both ends of the office's or computed line are joined to the
 * exact points, so the markers and the line always meet.
 */
export function planWalk(
  site: Pick<KioskSite, 'id' | 'geo'>,
  place: Pick<Location, 'geo' | 'walkRoutes'>,
  graph?: WalkGraph,
): Walk | undefined {
  if (!site.geo || !place.geo) return undefined
  const here = asLngLat(site.geo)
  const there = asLngLat(place.geo)
  const drawn = place.walkRoutes?.[site.id]?.coordinates
  if (drawn && drawn.length >= 2) {
    const line: LngLat[] = [here, ...drawn.map(([lng, lat]): LngLat => [lng, lat]), there]
    const metres = lineMetres(line)
    return { kind: 'office', line, here, there, metres, minutes: walkMinutes(metres) }
  }
  const route = graph && findRoute(graph, here, there)
  if (route?.ok) {
    const metres = lineMetres(route.line)
    return {
      kind: 'computed',
      line: route.line,
      here,
      there,
      metres,
      minutes: walkMinutes(metres),
      streets: route.streets,
    }
  }
  const metres = lineMetres([here, there])
  return {
    kind: 'straight',
    line: [here, there],
    here,
    there,
    metres,
    minutes: walkMinutes(metres),
  }
}
