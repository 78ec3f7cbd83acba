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

  it('gives each language and amount its own shape however calls interleave (cached formatters)', () => {
    const calls: [number, 'en' | 'ko' | 'zh-Hans', string][] = [
      [12.5, 'en', '¥12.50'],
      [1000, 'en', '¥1,000'],
      [1000, 'ko', '¥1,000'],
      [12.5, 'en', '¥12.50'],
      [3, 'zh-Hans', '¥3'],
      [1000, 'en', '¥1,000'],
    ]
    for (const [amount, lang, shown] of calls) expect(formatCny(amount, lang)).toBe(shown)
  })
})

describe('formatDay', () => {
  it('writes the day out in each language without shifting it', () => {
    expect(formatDay('2021-01-19', 'zh-Hans')).toBe('2021年1月19日')
    expect(formatDay('2021-01-19', 'en')).toBe('January 19, 2021')
    expect(formatDay('2021-01-19', 'ko')).toBe('2021년 1월 19일')
  })

  it('keeps each language after another was formatted (cached formatters)', () => {
    expect(formatDay('2021-01-19', 'en')).toBe('January 19, 2021')
    expect(formatDay('2021-02-01', 'zh-Hans')).toBe('2021年2月1日')
    expect(formatDay('2021-02-01', 'en')).toBe('February 1, 2021')
  })

  it('returns anything that is not a calendar day unchanged', () => {
    expect(formatDay('soon', 'en')).toBe('soon')
  })
})
