import type { Phone } from '../content/schema'

/** Sorts hotlines by importance (lowest priority number first), keeping content order on ties. */
export function byPriority(phones: readonly Phone[]): Phone[] {
  return phones
    .map((phone, index) => ({ phone, index }))
    .sort((a, b) => a.phone.priority - b.phone.priority || a.index - b.index)
    .map(({ phone }) => phone)
}

/** The `count` most important hotlines, lowest priority number first; ties keep content order. */
export function topHotlines(phones: readonly Phone[], count: number): Phone[] {
  return byPriority(phones).slice(0, count)
}
