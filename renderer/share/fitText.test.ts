import { describe, expect, it } from 'vitest'
import { fitLines, utf8Bytes } from './fitText'

describe('fitLines', () => {
  it('joins lines and skips empty ones', () => {
    expect(fitLines([{ text: 'a' }, { text: '  ' }, { text: 'b ' }])).toBe('a\nb')
  })

  it('drops optional lines from the end before shortening required ones', () => {
    const out = fitLines(
      [
        { text: 'name' },
        { text: 'x'.repeat(20), optional: true },
        { text: 'phone' },
        { text: 'y'.repeat(20), optional: true },
      ],
      32,
    )
    expect(out).toBe(`name\n${'x'.repeat(20)}\nphone`)
  })

  it('shortens the longest line with an ellipsis when required lines alone are too big', () => {
    const name = '救助管理站'.repeat(40)
    const out = fitLines([{ text: name }, { text: 'tel:110' }], 100)
    expect(utf8Bytes(out)).toBeLessThanOrEqual(100)
    expect(out.endsWith('…\ntel:110')).toBe(true)
  })
})
