import type { Content, Phone, Service } from '../../common/content/schema'
import { onceFor } from '../../common/onceFor'
import { byPriority } from '../../common/present/topHotlines'

export { byPriority }
import { indexedServicesIn } from './contentIndex'

/** The item with this id, or undefined: content may change under a visitor, so never assume. */
export function byId<T extends { id: string }>(
  items: readonly T[],
  id: string | undefined,
): T | undefined {
  return id === undefined ? undefined : items.find((item) => item.id === id)
}

/** The items for these ids, in the given order, silently skipping ids that no longer exist. */
export function byIds<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => {
    const item = byId(items, id)
    return item ? [item] : []
  })
}

/** The active services listed under a category, in content order (indexed once per content). */
export function servicesIn(content: Content, categoryId: string): Service[] {
  return indexedServicesIn(content, categoryId)
}

/** Hotlines for a category: the one named on the category first, then those tagged with it. */
export function hotlinesFor(content: Content, categoryId: string): Phone[] {
  const category = byId(content.categories, categoryId)
  const named = byId(content.phones, category?.phoneId)
  const tagged = byPriority(
    content.phones.filter((p) => p.categoryIds.includes(categoryId) && p.id !== named?.id),
  )
  return named ? [named, ...tagged] : tagged
}

const idsOfServices = new WeakMap<readonly Service[], readonly string[]>()

/**
 * Every location used by any of these services, without duplicates, in first-seen order. Kept
 * per list: a need's services come from the content index as one array, so its screen does not
 * gather 1,250 services' places again on every visit (10,000 places, issue 25).
 */
export function locationIdsOf(services: readonly Service[]): readonly string[] {
  return onceFor(idsOfServices, services, () => [
    ...new Set(services.flatMap((s) => s.locationIds)),
  ])
}
