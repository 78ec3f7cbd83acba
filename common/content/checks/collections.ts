import type { Content } from '../schema'

type Visible =
  | Content['categories'][number]
  | Content['services'][number]
  | Content['locations'][number]
  | Content['phones'][number]
  | Content['kioskSites'][number]
  | Content['notices'][number]
  | Content['faqs'][number]
  | Content['screener']['questions'][number]
  | Content['screener']['rules'][number]

/**
 * Every collection of visible items — the ones that carry windows, review dates and sources —
 * with the path problems are reported at, so each check walks the same list.
 */
export function visibleCollections(content: Content): [string, readonly Visible[]][] {
  return [
    ['categories', content.categories],
    ['services', content.services],
    ['locations', content.locations],
    ['phones', content.phones],
    ['kioskSites', content.kioskSites],
    ['notices', content.notices],
    ['faqs', content.faqs],
    ['screener.questions', content.screener.questions],
    ['screener.rules', content.screener.rules],
  ]
}
