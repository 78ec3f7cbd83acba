import { describe, expect, it } from 'vitest'
import { formatCny, formatDay } from './format'

describe('formatCny', () => {
  it('shows whole yuan without decimals and groups thousands', () => {
    expect(formatCny(1000, 'en')).toBe('¥1,000')
    expect(formatCny(500, 'zh-Hans')).toBe('¥500')
  })

  it('keeps fen when the amount has them', () => {
    expect(formatCny(12.5, 'en')).toBe('¥12.50')
  })
})

describe('formatDay', () => {
  it('writes the day out in each language without shifting it', () => {
    expect(formatDay('2021-01-19', 'zh-Hans')).toBe('2021年1月19日')
    expect(formatDay('2021-01-19', 'en')).toBe('January 19, 2021')
    expect(formatDay('2021-01-19', 'ko')).toBe('2021년 1월 19일')
  })

  it('returns anything that is not a calendar day unchanged', () => {
    expect(formatDay('soon', 'en')).toBe('soon')
  })
})
