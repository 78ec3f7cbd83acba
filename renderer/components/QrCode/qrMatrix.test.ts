import { describe, expect, it } from 'vitest'
import { create } from 'qrcode'
import { qrMatrix, RECENT_MAX, warmQr } from './qrMatrix'

/** Decodes the path back to a set of dark cells, to prove it draws exactly the symbol. */
function darkCells(path: string): Set<string> {
  const cells = new Set<string>()
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
    for (let i = 0; i < w; i++) cells.add(`${x + i},${y}`)
  }
  return cells
}

describe('qrMatrix', () => {
  it('draws every dark module of the symbol and nothing else', () => {
    const text = '长春市救助管理站\n电话：0431-8888-8888\ntel:043188888888'
    const { size, path } = qrMatrix(text)
    const { modules } = create(text, { errorCorrectionLevel: 'M' })
    expect(size).toBe(modules.size)
    const expected = new Set<string>()
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) if (modules.get(r, c)) expected.add(`${c},${r}`)
    }
    expect(darkCells(path)).toEqual(expected)
  })

  it('keeps a 300-byte payload at a version a phone reads from a screen', () => {
    const { size } = qrMatrix('字'.repeat(100))
    expect(size).toBeLessThanOrEqual(69)
  })

  it('gives a recent payload its symbol again without encoding it, and forgets the oldest', () => {
    const first = qrMatrix('cache test 0')
    expect(qrMatrix('cache test 0')).toBe(first)
    for (let i = 1; i <= RECENT_MAX; i++) qrMatrix(`cache test ${i}`)
    const again = qrMatrix('cache test 0')
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    // Used again just now, so it survives the next payload while the next oldest goes.
    const second = qrMatrix('cache test 2')
    qrMatrix('cache test new')
    expect(qrMatrix('cache test 0')).toBe(again)
    expect(qrMatrix('cache test 2')).toBe(second)
  })

  it('warms the encoder without taking a place among the recent symbols', () => {
    const kept = Array.from({ length: RECENT_MAX }, (_, i) => qrMatrix(`warm test ${i}`))
    warmQr()
    kept.forEach((symbol, i) => expect(qrMatrix(`warm test ${i}`)).toBe(symbol))
  })
})
