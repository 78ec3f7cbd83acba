import { REVIEW_DUE_DAYS } from '../review'
import type { Content } from '../schema'
import { addDays } from '../../domain/chinaTime'
import { visibleCollections } from './collections'
import type { Problem } from './problems'
import { warning } from './problems'

/** Facts checked longer ago than this are reported: offices, amounts and hours change. */
const ASSURED_MAX_AGE_DAYS = 365

type Item = { id: string; reviewBy?: string | undefined; assuredDate?: string | undefined }

/**
 * Warnings about facts getting old, judged on `today` (a China calendar day): items past or within
 * 30 days of their review date (their own, else the dataset's) and `assuredDate`s more than a year
 * old. Warnings only: old facts are still shown, with a "may be out of date" line.
 */
export function freshnessProblems(content: Content, today: string): Problem[] {
  const problems: Problem[] = []
  const soon = addDays(today, REVIEW_DUE_DAYS)
  const yearAgo = addDays(today, -ASSURED_MAX_AGE_DAYS)
  const defaultBy = content.dataset.reviewBy
  if (defaultBy !== undefined && defaultBy <= soon) {
    problems.push(warning('dataset.reviewBy', reviewMessage(defaultBy, today, 'default for items')))
  }
  const collections: [string, readonly Item[]][] = visibleCollections(content)
  for (const [collection, items] of collections) {
    items.forEach((item, i) => {
      if (item.reviewBy !== undefined && item.reviewBy <= soon) {
        problems.push(
          warning(`${collection}[${i}].reviewBy`, reviewMessage(item.reviewBy, today, item.id)),
        )
      }
      if (item.assuredDate !== undefined && item.assuredDate < yearAgo) {
        problems.push(
          warning(
            `${collection}[${i}].assuredDate`,
            `"${item.id}" was last checked on ${item.assuredDate}, more than a year before ${today} — check the facts again`,
          ),
        )
      }
    })
  }
  return problems
}

function reviewMessage(by: string, today: string, what: string): string {
  return by < today
    ? `review date ${by} has passed (${what}) — visitors are told it may be out of date; confirm and set a new reviewBy`
    : `review date ${by} is within ${REVIEW_DUE_DAYS} days of ${today} (${what}) — confirm before then`
}
