import type { Content, Geo, Location } from '../../../common/content/schema'
import { distanceMetres } from '../../../common/domain/geo'

export type RankedPlace = { location: Location; metres?: number }

/**
 * Places nearest first from `from`. Places without coordinates (or every place, when the kiosk
 * itself has no coordinates) follow in content order: they are still shown, only unranked.
 */
export function rankPlaces(locations: readonly Location[], from: Geo | undefined): RankedPlace[] {
  const ranked = locations.map((location): RankedPlace => {
    if (from === undefined || location.geo === undefined) return { location }
    return { location, metres: distanceMetres(from, location.geo) }
  })
  const known = ranked.filter((r) => r.metres !== undefined)
  const unknown = ranked.filter((r) => r.metres === undefined)
  known.sort((a, b) => (a.metres ?? 0) - (b.metres ?? 0))
  return [...known, ...unknown]
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
