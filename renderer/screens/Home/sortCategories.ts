import type { Category } from '../../../common/content/schema'

/** Crisis needs first (they get the biggest tiles), then by the content's order. */
export function splitCategories(categories: readonly Category[]): {
  crisis: Category[]
  other: Category[]
} {
  const sorted = [...categories].sort((a, b) => a.order - b.order)
  return {
    crisis: sorted.filter((c) => c.crisis === true),
    other: sorted.filter((c) => c.crisis !== true),
  }
}
