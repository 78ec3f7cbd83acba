import type { Content, Geo, Location, Service } from '../../common/content/schema'
import { chinaDay } from '../../common/domain/chinaTime'
import { onceFor } from '../../common/onceFor'
import { visibleContent } from '../../common/content/visibility'
import type { Festivals } from '../../common/content/windows'
import { rankPlaces, type RankedPlace } from '../components/PlaceList/rankPlaces'

/**
 * What the visitor's screens ask the content for, worked out once per content object instead of
 * by scanning every service and place on each render (at 10,000 places a scan per render made a
 * tap take half a second). Every cache here is keyed by the content object in a WeakMap, so it
 * dies with that content: a new content version (or day, see `visibleToday`) starts fresh and
 * nothing grows over a kiosk's months of sessions.
 */

/** Per category: its active services and the places they link to, both in content order. */
type ContentIndex = {
  activeServices: Map<string, Service[]>
  locations: Map<string, Location[]>
}

const indexes = new WeakMap<Content, ContentIndex>()

function buildIndex(content: Content): ContentIndex {
  const activeServices = new Map<string, Service[]>()
  const linked = new Map<string, Set<string>>()
  for (const service of content.services) {
    for (const categoryId of new Set(service.categoryIds)) {
      if (service.status === 'active') {
        const list = activeServices.get(categoryId) ?? []
        list.push(service)
        activeServices.set(categoryId, list)
      }
      const ids = linked.get(categoryId) ?? new Set<string>()
      for (const id of service.locationIds) ids.add(id)
      linked.set(categoryId, ids)
    }
  }
  const locations = new Map<string, Location[]>()
  for (const [categoryId, ids] of linked) {
    locations.set(
      categoryId,
      content.locations.filter((l) => ids.has(l.id)),
    )
  }
  return { activeServices, locations }
}

const indexOf = (content: Content): ContentIndex => onceFor(indexes, content, buildIndex)

/** The active services listed under a category, in content order (indexed once per content). */
export function indexedServicesIn(content: Content, categoryId: string): Service[] {
  return indexOf(content).activeServices.get(categoryId) ?? []
}

/**
 * The places that matter for a need: every location linked from a service in that category
 * (whatever its status), each once, in content order. Without a category: every location.
 */
export function indexedLocationsFor(content: Content, categoryId?: string): Location[] {
  if (categoryId === undefined) return content.locations
  return indexOf(content).locations.get(categoryId) ?? []
}

/**
 * The value kept for `owner` under `key`, made by `make` the first time. At most `max` keys per
 * owner: a full map starts again, so odd use (a preview trying sites, content with many lists)
 * cannot grow it without bound. Dropped with its owner.
 */
function keptFor<Owner extends object, Value>(
  store: WeakMap<Owner, Map<string, Value>>,
  owner: Owner,
  key: string,
  max: number,
  make: () => Value,
): Value {
  const kept = onceFor(store, owner, () => new Map<string, Value>())
  let value = kept.get(key)
  if (value === undefined) {
    value = make()
    if (kept.size >= max) kept.clear()
    kept.set(key, value)
  }
  return value
}

/** Rankings by content and site: one kiosk stands at one site; a preview may try a few. */
const rankings = new WeakMap<Content, Map<string, RankedPlace[]>>()
const SITES_MAX = 4

/**
 * Every place of the content ranked from `from`, measured once per content and site. A list for
 * a need or a service is this ranking filtered: the sort is stable and places of equal distance
 * keep content order, so filtering the whole ranking gives the same order as ranking the subset.
 */
export function rankedAll(content: Content, from: Geo | undefined): RankedPlace[] {
  const key = from ? `${from.lat},${from.lng},${from.crs}` : ''
  return keptFor(rankings, content, key, SITES_MAX, () => rankPlaces(content.locations, from))
}

/** Where each place stands in a ranking, by location id. */
const positions = new WeakMap<RankedPlace[], Map<string, number>>()
/** Lists already picked from a ranking: a need's, or a place list's ids (tapped again and again). */
const pickedLists = new WeakMap<RankedPlace[], Map<string, RankedPlace[]>>()
/** One kiosk shows a few dozen lists; content with more starts the map again. */
const PICKED_MAX = 64

const positionsIn = (ranked: RankedPlace[]): Map<string, number> =>
  onceFor(positions, ranked, () => new Map(ranked.map((place, i) => [place.location.id, i])))

/** The places of `ids` in the ranking's order, each once; ids it does not hold are skipped. */
function pick(ranked: RankedPlace[], ids: Iterable<string>): RankedPlace[] {
  const at = positionsIn(ranked)
  const found = new Set<number>()
  for (const id of ids) {
    const i = at.get(id)
    if (i !== undefined) found.add(i)
  }
  return [...found].sort((a, b) => a - b).map((i) => ranked[i] as RankedPlace)
}

/**
 * The ranked places for a list: exactly `locationIds` when given (ids the content does not define
 * are skipped), otherwise the places of `categoryId`, otherwise every place. Picked by position
 * in the ranking, not by filtering all of it: at 10,000 places the filter was ~4.5 ms of every
 * tap into a need (issue 25). Each list is kept with the ranking, so a second visit is free.
 */
export function rankedPlacesFor(
  content: Content,
  from: Geo | undefined,
  wanted: { locationIds?: readonly string[]; categoryId?: string },
): RankedPlace[] {
  const all = rankedAll(content, from)
  const { locationIds, categoryId } = wanted
  if (locationIds === undefined && categoryId === undefined) return all
  const key = locationIds === undefined ? `need ${categoryId}` : `ids ${locationIds.join('\n')}`
  return keptFor(pickedLists, all, key, PICKED_MAX, () =>
    pick(all, locationIds ?? indexedLocationsFor(content, categoryId).map((l) => l.id)),
  )
}

/**
 * Builds the need index and the ranking from `from` ahead of the first tap that needs them. At
 * 10,000 places these took ~90 ms of the tap into a need (issue 25); the provider calls this
 * when the browser is idle after a new content, so the visitor's first tap finds them built.
 * Both are the caches above, keyed by the content: calling this again costs nothing.
 */
export function warmIndexes(content: Content, from: Geo | undefined): void {
  indexOf(content)
  positionsIn(rankedAll(content, from))
}

type Visible = ReturnType<typeof visibleContent>
const visibleByContent = new WeakMap<
  Content,
  { day: string; calendar: Festivals; visible: Visible }
>()

/**
 * `visibleContent` worked out once per content and China calendar day (what it depends on, with
 * whether the clock is before publication), not once per clock tick or session. The same object
 * comes back all day, so everything keyed by the visible content (the index above, the rankings,
 * React memos) survives ticks and idle resets. New calendar facts (asked for again each day)
 * are worked out afresh.
 */
export function visibleToday(content: Content, now: Date, calendar: Festivals): Visible {
  const time = now.getTime()
  const suspect = Number.isNaN(time) || time < Date.parse(content.dataset.publishedAt)
  const day = suspect ? 'clock-suspect' : chinaDay(now)
  const hit = visibleByContent.get(content)
  if (hit?.day === day && hit.calendar === calendar) return hit.visible
  const visible = visibleContent(content, now, calendar)
  visibleByContent.set(content, { day, calendar, visible })
  return visible
}
