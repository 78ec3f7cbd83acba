import type { Content, Dataset, Phone } from './schema'

/** Anything that may carry its own review date; the dataset's is the default. */
type Reviewable = { reviewBy?: string | undefined }

/** The day by which an item must be confirmed again: its own, else the dataset's default. */
export function reviewDate(item: Reviewable, dataset: Dataset): string | undefined {
  return item.reviewBy ?? dataset.reviewBy
}

/**
 * Past its review date (China calendar day `today` after `reviewBy`), an item stays visible —
 * hiding a shelter because nobody re-confirmed it would be worse — but the visitor is told it
 * may be out of date.
 */
export function isStale(item: Reviewable, dataset: Dataset, today: string): boolean {
  const by = reviewDate(item, dataset)
  return by !== undefined && today > by
}

/**
 * The hotline a visitor should call to check a stale item: the item's own phone (the office
 * knows its own facts best), else the most important hotline in force. Undefined when none.
 */
export function checkingHotline(
  content: Pick<Content, 'phones'>,
  ownPhoneIds: readonly string[] = [],
): Phone | undefined {
  const own = ownPhoneIds
    .map((id) => content.phones.find((p) => p.id === id))
    .find((p) => p !== undefined)
  if (own) return own
  return [...content.phones].sort((a, b) => a.priority - b.priority)[0]
}
