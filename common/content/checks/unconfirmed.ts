import type { Content } from '../schema'
import type { Problem } from './problems'
import { warning } from './problems'

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
  const marked: [string, readonly { unconfirmed?: string[] | undefined }[]][] = [
    ['services', content.services],
    ['locations', content.locations],
    ['phones', content.phones],
    ['kioskSites', content.kioskSites],
  ]
  for (const [collection, items] of marked) {
    items.forEach((item, i) => {
      for (const field of item.unconfirmed ?? []) {
        problems.push(
          warning(
            `${collection}[${i}].${field}`,
            'unconfirmed — not in the source; confirm before deployment',
          ),
        )
      }
    })
  }
  return problems
}
