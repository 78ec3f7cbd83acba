import { describe, expect, it } from 'vitest'
import { validContent } from './fixtures/validContent'
import { checkingHotline, isEmergencyNumber, isStale, reviewDate } from './review'

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

  it('sends the visitor to the item’s own phone, else a hotline of the same need', () => {
    expect(checkingHotline(validContent, ['civil-affairs'])?.id).toBe('civil-affairs')
    expect(checkingHotline(validContent, ['gone', 'civil-affairs'])?.id).toBe('civil-affairs')
    expect(checkingHotline(validContent, [], ['money'])?.id).toBe('civil-affairs')
    expect(checkingHotline({ phones: [] })).toBeUndefined()
  })

  it('never offers an emergency number to check facts', () => {
    const content = structuredClone(validContent)
    content.phones.forEach((p) => (p.number = p.id === 'police' ? '110' : p.number))
    expect(checkingHotline(content, ['police'], ['shelter'])).toBeUndefined()
    expect(['110', '119', '120', '122'].every(isEmergencyNumber)).toBe(true)
    expect(isEmergencyNumber('12333')).toBe(false)
  })
})
