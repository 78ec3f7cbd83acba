import type { Category, Content, Faq } from '../../../common/content/schema'

export type FaqGroup = { category?: Category; faqs: Faq[] }

/**
 * FAQs under their categories, in category order; a FAQ in several categories appears under
 * each. FAQs whose categories are all unknown are gathered last (category undefined) rather
 * than lost. With `categoryId`, only that category's group.
 */
export function groupFaqs(content: Content, categoryId?: string): FaqGroup[] {
  const categories = [...content.categories].sort((a, b) => a.order - b.order)
  const known = new Set(categories.map((c) => c.id))
  const groups: FaqGroup[] = categories
    .filter((c) => categoryId === undefined || c.id === categoryId)
    .map((category) => ({
      category,
      faqs: content.faqs.filter((f) => f.categoryIds.includes(category.id)),
    }))
  const orphans = content.faqs.filter((f) => !f.categoryIds.some((id) => known.has(id)))
  if (categoryId === undefined && orphans.length > 0) groups.push({ faqs: orphans })
  return groups.filter((g) => g.faqs.length > 0)
}
