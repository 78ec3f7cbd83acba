import type { Content } from '../schema'
import type { Problem } from './problems'
import { error } from './problems'

type Collection = { path: string; items: readonly { id: string }[] }

/** Every collection whose members are referred to by id, with the path it lives at. */
function collections(content: Content): Collection[] {
  return [
    { path: 'categories', items: content.categories },
    { path: 'services', items: content.services },
    { path: 'locations', items: content.locations },
    { path: 'phones', items: content.phones },
    { path: 'kioskSites', items: content.kioskSites },
    { path: 'notices', items: content.notices },
    { path: 'faqs', items: content.faqs },
    { path: 'screener.questions', items: content.screener.questions },
    { path: 'screener.rules', items: content.screener.rules },
    { path: 'maps', items: content.maps ?? [] },
    {
      path: 'dataset.sources',
      items: (content.dataset.sources ?? []).map((s) => ({ id: s.id ?? '' })),
    },
    ...content.screener.questions.map((q, i) => ({
      path: `screener.questions[${i}].options`,
      items: q.options ?? [],
    })),
  ]
}

/**
 * Ids must be unique within their collection, or a reference could silently point at the
 * wrong shelter. The second and later uses are reported, naming the first.
 */
export function duplicateIdProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  for (const { path, items } of collections(content)) {
    const firstUse = new Map<string, number>()
    items.forEach((item, index) => {
      if (item.id === '') return // a source without an id is never referred to
      const first = firstUse.get(item.id)
      if (first === undefined) firstUse.set(item.id, index)
      else {
        problems.push(
          error(
            `${path}[${index}].id`,
            `duplicate id "${item.id}" (also used by ${path}[${first}])`,
          ),
        )
      }
    })
  }
  return problems
}
