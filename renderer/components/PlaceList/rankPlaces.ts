import type { Content, Geo, Location } from '../../../common/content/schema'
import { bearingDegrees, distanceMetres } from '../../../common/domain/geo'

/** A place with its distance and bearing from the kiosk, measured once when the list is ranked. */
export type RankedPlace = { location: Location; metres?: number; bearing?: number }

/**
 * Places nearest first from `from`. Places without coordinates (or every place, when the kiosk
 * itself has no coordinates) follow in content order: they are still shown, only unranked.
 * Distance and bearing are measured here, once per place, so the cards only format them.
 */
export function rankPlaces(locations: readonly Location[], from: Geo | undefined): RankedPlace[] {
  const known: RankedPlace[] = []
  const unknown: RankedPlace[] = []
  for (const location of locations) {
    if (from === undefined || location.geo === undefined) unknown.push({ location })
    else {
      known.push({
        location,
        metres: distanceMetres(from, location.geo),
        bearing: bearingDegrees(from, location.geo),
      })
    }
  }
  known.sort((a, b) => (a.metres ?? 0) - (b.metres ?? 0))
  return [...known, ...unknown]
}

/**
 * How many places a list shows after `pages` taps on "show more": `page` more each time, never
 * more than there are. A kiosk list stays short (a person at a touchscreen does not scroll
 * through thousands of cards) and its DOM stays bounded however large the content is.
 */
export function shownCount(total: number, page: number, pages: number): number {
  return Math.min(total, Math.max(1, page) * (Math.max(0, pages) + 1))
}

/**
 * The places that matter for a need: every location linked from a service in that category,
 * each once, in content order. Without a category: every location in the content.
 */
export function locationsForCategory(content: Content, categoryId?: string): Location[] {
  if (categoryId === undefined) return content.locations
  const linked = new Set(
    content.services
      .filter((s) => s.categoryIds.includes(categoryId))
      .flatMap((s) => s.locationIds),
  )
  return content.locations.filter((l) => linked.has(l.id))
}

/** Locations by id, skipping ids the content does not define (a broken link shows nothing). */
export function locationsById(content: Content, ids: readonly string[]): Location[] {
  const wanted = new Set(ids)
  return content.locations.filter((l) => wanted.has(l.id))
}
