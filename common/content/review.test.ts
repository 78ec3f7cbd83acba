import { describe, expect, it } from 'vitest'
import { validContent } from './fixtures/validContent'
import { checkingHotline, isStale, reviewDate } from './review'

describe('review dates', () => {
  const dataset = { ...validContent.dataset, reviewBy: '2021-06-30' }

  it('uses the item’s own review date, else the dataset default', () => {
    expect(reviewDate({ reviewBy: '2021-02-01' }, dataset)).toBe('2021-02-01')
    expect(reviewDate({}, dataset)).toBe('2021-06-30')
    expect(reviewDate({}, validContent.dataset)).toBeUndefined()
  })

  it('is stale only after the review day', () => {
    expect(isStale({}, dataset, '2021-06-30')).toBe(false)
    expect(isStale({}, dataset, '2021-07-01')).toBe(true)
    expect(isStale({ reviewBy: '2030-01-01' }, dataset, '2026-12-02')).toBe(false)
    expect(isStale({}, validContent.dataset, '2099-01-01')).toBe(false)
  })

  it('sends the visitor to the item’s own phone, else the top hotline', () => {
    expect(checkingHotline(validContent, ['civil-affairs'])?.id).toBe('civil-affairs')
    expect(checkingHotline(validContent, ['gone', 'civil-affairs'])?.id).toBe('civil-affairs')
    const top = [...validContent.phones].sort((a, b) => a.priority - b.priority)[0]
    expect(checkingHotline(validContent)?.id).toBe(top?.id)
    expect(checkingHotline({ phones: [] })).toBeUndefined()
  })
})
