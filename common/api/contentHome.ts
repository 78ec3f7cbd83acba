import type { Service } from '../content/schema'
import { onceFor } from '../onceFor'
import type { ContentSnapshot } from './hostSchemas'

/**
 * What home's form keeps of a service: only what deciding "in force today" reads
 * (`visibleContent`: status, windows, dates) and what that decides for home (which needs have
 * something today, which screener rules still lead somewhere: needs and id). Home is then the
 * same before and after the directory arrives. Never drawn: the renderer empties the list after
 * judging visibility, until the whole dataset is in (KioskProvider).
 */
export type ServiceStub = Pick<
  Service,
  'id' | 'categoryIds' | 'status' | 'validFrom' | 'validUntil' | 'windows'
>

function stubOf(service: Service): ServiceStub {
  const { id, categoryIds, status, validFrom, validUntil, windows } = service
  return {
    id,
    categoryIds,
    status,
    ...(validFrom !== undefined ? { validFrom } : {}),
    ...(validUntil !== undefined ? { validUntil } : {}),
    ...(windows !== undefined ? { windows } : {}),
  }
}

/** Each snapshot's home form, made once: a snapshot is never edited in place. */
const homeForms = new WeakMap<ContentSnapshot, ContentSnapshot>()

/**
 * A snapshot as the first screen needs it (`content.home`): the directory — places, and of each
 * service only its stub (`ServiceStub`), nearly all of a city's dataset — left out; everything
 * else, and the sha256 of the whole, as it is. The same object for the same snapshot, so a host
 * writes its JSON once.
 */
export function homeSnapshot(snapshot: ContentSnapshot): ContentSnapshot {
  return onceFor(homeForms, snapshot, () => {
    // Typed as services for the one reader that needs them (visibility); see ServiceStub.
    const services = snapshot.content.services.map(stubOf) as Service[]
    return { ...snapshot, content: { ...snapshot.content, services, locations: [] } }
  })
}
