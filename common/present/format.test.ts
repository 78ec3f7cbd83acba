import { describe, expect, it, vi } from 'vitest'
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

describe('warmFormatters', () => {
  it("builds a language's formatters ahead, so showing a date or an amount builds none", async () => {
    const { DateTimeFormat, NumberFormat } = Intl
    let built = 0
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args)
        built++
      }
    } as typeof DateTimeFormat
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args)
        built++
      }
    } as typeof NumberFormat
    try {
      // A fresh copy of the module: its formatter cache is empty.
      vi.resetModules()
      const fresh = await import('./format')
      fresh.warmFormatters('ko')
      expect(built).toBe(3)
      expect(fresh.formatDay('2021-01-19', 'ko')).toBe('2021년 1월 19일')
      expect(fresh.formatCny(1000, 'ko')).toBe('¥1,000')
      expect(fresh.formatCny(12.5, 'ko')).toBe('¥12.50')
      expect(built).toBe(3)
      fresh.formatDay('2021-01-19', 'en')
      expect(built).toBe(4)
    } finally {
      Intl.DateTimeFormat = DateTimeFormat
      Intl.NumberFormat = NumberFormat
    }
  })
})
