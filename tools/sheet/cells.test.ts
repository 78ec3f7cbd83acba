import { describe, expect, it } from 'vitest'
import { readCell } from './cells'
import type { Leaf } from './layout'

const TEXT: Leaf = { kind: 'text' }
const DATE: Leaf = { kind: 'date' }
const NUMBER: Leaf = { kind: 'number' }
const YESNO: Leaf = { kind: 'boolean' }

describe('readCell: what office programs store, read as the field expects', () => {
  it('reads LibreOffice’s TRUE()/FALSE() formulas, with or without a saved result', () => {
    expect(readCell(YESNO, { formula: 'FALSE()' } as never)).toEqual({ value: false })
    expect(readCell(YESNO, { formula: 'TRUE()', result: true } as never)).toEqual({ value: true })
    expect(readCell(YESNO, { sharedFormula: 'FALSE' } as never)).toEqual({ value: false })
    expect(readCell(TEXT, { formula: '"0431-85086100"' } as never)).toEqual({
      value: '0431-85086100',
    })
  })

  it('refuses a calculated formula with no saved result, and an error value, naming them', () => {
    expect(readCell(TEXT, { formula: 'A1&B1' } as never).error?.en).toBe(
      'the formula "=A1&B1" has no saved result; type the value itself',
    )
    expect(readCell(TEXT, { formula: 'A1&B1', result: '甲乙' } as never)).toEqual({ value: '甲乙' })
    expect(readCell(NUMBER, { error: '#VALUE!' } as never).error?.en).toBe(
      'the cell shows the error #VALUE!',
    )
  })

  it('joins rich text and trims stray spaces, also non-breaking ones', () => {
    const rich = { richText: [{ text: '救助' }, { text: '管理站\u00a0 ' }] }
    expect(readCell(TEXT, rich as never)).toEqual({ value: '救助管理站' })
  })

  it('writes a number in a text field out in full, with leading zeros only from its format', () => {
    expect(readCell(TEXT, 12345)).toEqual({ value: '12345' })
    expect(readCell(TEXT, 13912345678)).toEqual({ value: '13912345678' })
    expect(readCell(TEXT, 43185086100, '000000000000')).toEqual({ value: '043185086100' })
    expect(readCell(TEXT, 43185086100, '0.00')).toEqual({ value: '43185086100' })
    // An 18-digit id number typed as a number was already rounded: refused, not 2.2e+17.
    expect(readCell(TEXT, 2.20102199001011e17).error?.en).toMatch(/more than 15 digits/)
  })

  it('takes a day number only where the field is a date', () => {
    expect(readCell(DATE, 46461)).toEqual({ value: '2027-03-15' })
    expect(readCell(TEXT, 46461)).toEqual({ value: '46461' })
    expect(readCell(NUMBER, '46461 ')).toEqual({ value: 46461 })
    expect(readCell(DATE, new Date(Date.UTC(2027, 2, 15)))).toEqual({ value: '2027-03-15' })
  })

  it('normalises a date typed as 2027/3/15 or 2027年3月15日, and leaves other text to the checker', () => {
    expect(readCell(DATE, '2027/3/15')).toEqual({ value: '2027-03-15' })
    expect(readCell(DATE, '2027年3月15日')).toEqual({ value: '2027-03-15' })
    expect(readCell(DATE, '15/3/2027')).toEqual({ value: '15/3/2027' })
  })

  it('reads 1 and 0 as yes and no in a yes/no field, and nothing else as a yes/no', () => {
    expect(readCell(YESNO, 1)).toEqual({ value: true })
    expect(readCell(YESNO, 0)).toEqual({ value: false })
    expect(readCell(YESNO, 2).error?.en).toBe('must be TRUE or FALSE')
  })
})
