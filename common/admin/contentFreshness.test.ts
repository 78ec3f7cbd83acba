import { describe, expect, it } from 'vitest'
import { validContent } from '../content/fixtures/validContent'
import { countFreshness, FRESHNESS_KINDS } from './contentFreshness'

describe('countFreshness', () => {
  it('counts past and due-within-30-days review dates per kind, the dataset date as default', () => {
    const content = structuredClone(validContent)
    content.dataset.reviewBy = '2026-06-30'
    content.services[0]!.reviewBy = '2026-02-28' // past
    content.phones[0]!.reviewBy = '2026-03-01' // due today
    content.faqs[0]!.reviewBy = '2026-03-31' // the 30th day: still due soon
    content.kioskSites[0]!.reviewBy = '2026-04-01' // 31 days: not yet
    const counts = countFreshness(content, '2026-03-01')
    const kind = (k: string) => counts.kinds.find((c) => c.kind === k)
    expect(kind('services')?.past).toBe(1)
    expect(kind('phones')?.dueSoon).toBe(1)
    expect(kind('faqs')?.dueSoon).toBe(1)
    expect(kind('kioskSites')).toMatchObject({ past: 0, dueSoon: 0 })
    expect(counts.kinds.map((k) => k.kind)).toEqual([...FRESHNESS_KINDS])
    expect({ past: counts.past, dueSoon: counts.dueSoon }).toEqual({ past: 1, dueSoon: 2 })

    // After the dataset's default date every item is past: those without a date of their own too.
    const later = countFreshness(content, '2026-07-01')
    const total = FRESHNESS_KINDS.reduce((n, k) => n + content[k].length, 0)
    expect(total).toBeGreaterThan(5)
    expect(later).toMatchObject({ past: total, dueSoon: 0 })
  })

  it('counts nothing where no item and no dataset carries a review date', () => {
    const content = structuredClone(validContent)
    delete content.dataset.reviewBy
    for (const kind of FRESHNESS_KINDS) for (const item of content[kind]) delete item.reviewBy
    expect(countFreshness(content, '2026-03-01')).toMatchObject({ past: 0, dueSoon: 0 })
  })
})
