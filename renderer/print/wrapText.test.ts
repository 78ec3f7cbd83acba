import { describe, expect, it } from 'vitest'
import { wrapText } from './wrapText'

// One unit per character keeps the expectations readable.
const measure = (s: string) => s.length

describe('wrapText', () => {
  it('breaks English at spaces and keeps words whole', () => {
    expect(wrapText('Open now until 17:00 today', 10, measure)).toEqual([
      'Open now',
      'until',
      '17:00',
      'today',
    ])
  })

  it('breaks Chinese between characters and Korean between words', () => {
    expect(wrapText('长春市救助管理站地址', 4, measure)).toEqual(['长春市救', '助管理站', '地址'])
    expect(wrapText('도움이 필요하다고 말하세요', 6, measure)).toEqual([
      '도움이',
      '필요하다고',
      '말하세요',
    ])
  })

  it('never starts a line with closing punctuation', () => {
    expect(wrapText('看到蓝色帐篷。', 6, measure)).toEqual(['看到蓝色帐', '篷。'])
  })

  it('cuts a word longer than a line instead of overflowing', () => {
    expect(wrapText('tel:043112345678', 6, measure)).toEqual(['tel:04', '311234', '5678'])
  })
})
