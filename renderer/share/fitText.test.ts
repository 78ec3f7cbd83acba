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

  it('never shortens a kept line (a warning): the others make room', () => {
    const warning = '这条信息可能已过时，请拨打 0431-8888-8888 核实。'
    const out = fitLines([{ text: '救助管理站'.repeat(40) }, { text: warning, keep: true }], 200)
    expect(utf8Bytes(out)).toBeLessThanOrEqual(200)
    expect(out.endsWith(`…\n${warning}`)).toBe(true)
  })
})
