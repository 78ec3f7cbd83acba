import type { Content, Dataset, Phone } from './schema'

/**
 * Days ahead in which a review date counts as due soon: the content check warns and the staff
 * diagnostics count it, on the same window so the two never disagree.
 */
export const REVIEW_DUE_DAYS = 30

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
 * China's emergency numbers (police, fire, ambulance, traffic police): for danger, never for
 * asking whether a programme still runs, so they are never offered to check facts.
 */
const EMERGENCY_NUMBERS = new Set(['110', '119', '120', '122'])

/** Whether a number is one of China's national emergency numbers, which never go out of date. */
export function isEmergencyNumber(number: string): boolean {
  return EMERGENCY_NUMBERS.has(number)
}

/**
 * The hotline a visitor should call to check a stale item: the item's own phone (the office
 * knows its own facts best), else the most important hotline of the item's own needs. Emergency
 * numbers are skipped, and a hotline of another office is not guessed: undefined then, and the
 * screen says to check with the office.
 */
export function checkingHotline(
  content: Pick<Content, 'phones'>,
  ownPhoneIds: readonly string[] = [],
  categoryIds: readonly string[] = [],
): Phone | undefined {
  const usable = (p: Phone | undefined): p is Phone =>
    p !== undefined && !isEmergencyNumber(p.number)
  const own = ownPhoneIds.map((id) => content.phones.find((p) => p.id === id)).find(usable)
  if (own) return own
  return [...content.phones]
    .sort((a, b) => a.priority - b.priority)
    .filter((p) => p.categoryIds.some((c) => categoryIds.includes(c)))
    .find(usable)
}
