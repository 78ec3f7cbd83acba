import type { Content, Lead } from '../schema'
import type { Problem } from './problems'
import { warning } from './problems'

type Marked = { unconfirmed?: string[] | undefined; leads?: Lead[] | undefined }

/**
 * Facts the source did not give are marked `unconfirmed` rather than invented; staff must see
 * each one before a real deployment, and must know when a whole dataset is only a sample.
 */
export function unconfirmedProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  if (content.dataset.sample) {
    problems.push(
      warning(
        'dataset.sample',
        'sample content for demonstration — confirm every fact before a real deployment',
      ),
    )
  }
  const marked: [string, readonly Marked[]][] = [
    ['services', content.services],
    ['locations', content.locations],
    ['phones', content.phones],
    ['kioskSites', content.kioskSites],
  ]
  for (const [collection, items] of marked) {
    items.forEach((item, i) => {
      for (const field of item.unconfirmed ?? []) {
        const leads = (item.leads ?? []).filter((l) => l.field === field)
        const lead = leads.map((l) => ` a lead to check by phone: "${l.value}" (${l.foundIn});`)
        problems.push(
          warning(
            `${collection}[${i}].${field}`,
            `unconfirmed — not in the source;${lead.join('')} confirm before deployment`,
          ),
        )
      }
      item.leads?.forEach((l, j) => {
        if (item.unconfirmed?.includes(l.field)) return
        problems.push(
          warning(
            `${collection}[${i}].leads[${j}].field`,
            `a lead for "${l.field}", which is not in unconfirmed — remove the lead once the fact is confirmed`,
          ),
        )
      })
    })
  }
  return problems
}
