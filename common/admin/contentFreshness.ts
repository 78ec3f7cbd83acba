import { z } from 'zod'
import type { Content } from '../content/schema'
import { REVIEW_DUE_DAYS, reviewDate } from '../content/review'
import { addDays } from '../domain/chinaTime'

/** The kinds of content item that carry a review date (`reviewBy`). */
export const FRESHNESS_KINDS = [
  'services',
  'locations',
  'phones',
  'notices',
  'faqs',
  'categories',
  'kioskSites',
] as const

const count = z.number().int().nonnegative()

/** How many items are past their review date, or due within 30 days, per kind and in all. */
export const contentFreshnessSchema = z
  .object({
    /** The China calendar day the counts are for (the host clock, `KIOSK_NOW` aware). */
    today: z.iso.date(),
    past: count,
    dueSoon: count,
    kinds: z.array(
      z.object({ kind: z.enum(FRESHNESS_KINDS), past: count, dueSoon: count }).strict(),
    ),
  })
  .strict()
export type ContentFreshness = z.infer<typeof contentFreshnessSchema>

/**
 * Counts items whose review date (their own `reviewBy`, else the dataset's) is before `today`
 * (past), or from `today` to 30 days after it (due soon). Items with no review date at all are
 * not counted. Days are compared as YYYY-MM-DD text, which orders like the calendar.
 */
export function countFreshness(content: Content, today: string): ContentFreshness {
  const soon = addDays(today, REVIEW_DUE_DAYS)
  const kinds = FRESHNESS_KINDS.map((kind) => {
    const items: readonly { reviewBy?: string }[] = content[kind]
    const dates = items.map((item) => reviewDate(item, content.dataset))
    return {
      kind,
      past: dates.filter((d) => d !== undefined && d < today).length,
      dueSoon: dates.filter((d) => d !== undefined && d >= today && d <= soon).length,
    }
  })
  const sum = (key: 'past' | 'dueSoon') => kinds.reduce((total, k) => total + k[key], 0)
  return { today, past: sum('past'), dueSoon: sum('dueSoon'), kinds }
}
