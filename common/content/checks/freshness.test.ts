import { describe, expect, it } from 'vitest'
import { checkContent } from '../check'
import { validContent } from '../fixtures/validContent'

const warningsAt = (content: unknown, today: string) =>
  checkContent(content, { today })
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => p.path)

describe('freshness warnings', () => {
  it('warns about nothing when no day is given (the kiosk loading content)', () => {
    const content = structuredClone(validContent)
    content.services[0]!.reviewBy = '2020-01-01'
    expect(checkContent(content).problems).toEqual([])
  })

  it('warns about review dates that have passed or fall within 30 days', () => {
    const content = structuredClone(validContent)
    content.services[0]!.reviewBy = '2021-01-01'
    content.faqs[0]!.reviewBy = '2021-03-01'
    content.categories[1]!.reviewBy = '2021-03-02'
    content.screener.rules[0]!.reviewBy = '2021-01-30'
    const today = '2021-01-30'
    const problems = checkContent(content, { today }).problems
    expect(problems.map((p) => p.path)).toEqual([
      'services[0].reviewBy',
      'faqs[0].reviewBy',
      'screener.rules[0].reviewBy',
    ])
    expect(problems[0]!.message).toMatch(/2021-01-01 has passed/)
    expect(problems[1]!.message).toMatch(/within 30 days/)
    expect(problems.every((p) => p.severity === 'warning')).toBe(true)
  })

  it('warns about the dataset default review date', () => {
    const content = structuredClone(validContent)
    content.dataset.reviewBy = '2021-06-30'
    expect(warningsAt(content, '2021-06-01')).toEqual(['dataset.reviewBy'])
    expect(warningsAt(content, '2021-05-30')).toEqual([])
  })

  it('warns about facts checked more than a year ago', () => {
    const content = structuredClone(validContent)
    const assured = content.services[0]!.assuredDate
    const nextYear = `${Number(assured.slice(0, 4)) + 1}${assured.slice(4)}`
    expect(warningsAt(content, nextYear)).toEqual([])
    const later = `${Number(assured.slice(0, 4)) + 2}${assured.slice(4)}`
    expect(warningsAt(content, later)).toContain('services[0].assuredDate')
    expect(checkContent(content, { today: later }).ok).toBe(true)
  })
})
