import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { localize } from '../../common/content/localize'
import {
  contentSchema,
  type Content,
  type Language,
  type LocalizedText,
} from '../../common/content/schema'
import { inForce as inForceOn, type Windowed } from '../../common/content/windows'
import { tymeCalendar } from '../../common/domain/tymeCalendar'

export const BUNDLED_CONTENT = 'resources/content/changchun.json'

const cache = new Map<string, Content>()

/**
 * The content a test's host serves, parsed with the app's own schema, so a test looks for the
 * names the content really has rather than copies of them that drift.
 */
export function loadContent(file: string = BUNDLED_CONTENT): Content {
  const path = resolve(file)
  let content = cache.get(path)
  if (!content) {
    content = contentSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    cache.set(path, content)
  }
  return content
}

/** The text a visitor reading `lang` sees for a content field (with the Chinese fallback). */
export function text(value: LocalizedText | undefined, lang: Language): string {
  return localize(value, lang).text
}

/** Finds an entity by id or fails the test with what was missing. */
export function byId<T extends { id: string }>(list: T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id)
  if (!found) throw new Error(`the test content has no ${what} "${id}"`)
  return found
}

/** A China-time calendar day (YYYY-MM-DD) for an instant: validity windows are China days. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/**
 * Whether an item is in force on `day`: its windows (one-off, yearly, festival-anchored) and the
 * older validFrom/validUntil, as DESIGN.md §8 says. The app's own pure function, unit-tested
 * against published calendar dates, so a spec and the kiosk cannot disagree on what a window is.
 */
export const inForce = (item: Windowed, day: string): boolean => inForceOn(item, day, tymeCalendar)
