import type { ContentSnapshot } from './hostSchemas'

/** Each snapshot's home form, made once: a snapshot is never edited in place. */
const homeForms = new WeakMap<ContentSnapshot, ContentSnapshot>()

/**
 * A snapshot as the first screen needs it (`content.home`): the directory — services and
 * places, nearly all of a city's dataset — left out, everything else, and the sha256 of the
 * whole, as it is. The same object for the same snapshot, so a host writes its JSON once.
 */
export function homeSnapshot(snapshot: ContentSnapshot): ContentSnapshot {
  let home = homeForms.get(snapshot)
  if (home === undefined) {
    home = { ...snapshot, content: { ...snapshot.content, services: [], locations: [] } }
    homeForms.set(snapshot, home)
  }
  return home
}
