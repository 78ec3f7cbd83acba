import { describe, expect, it } from 'vitest'
import { resourceTree } from './resourceTree'

describe('resourceTree', () => {
  it('returns a tree of strings as it is', () => {
    const data = { title: '管理', pin: { wrong: '密码错误。', deep: { a: 'x' } }, empty: {} }
    expect(resourceTree('zh-Hans/admin.json', data)).toBe(data)
  })

  it('names the file and the key of a leaf that is not text', () => {
    expect(() => resourceTree('zh-Hans/common.json', { nav: { back: 3 } })).toThrow(
      'zh-Hans/common.json: "nav.back" is a number, not text',
    )
    expect(() => resourceTree('en/places.json', { a: 'x', b: { c: null } })).toThrow(
      'en/places.json: "b.c" is null, not text',
    )
    expect(() => resourceTree('ko/common.json', { list: ['a', 'b'] })).toThrow(
      'ko/common.json: "list" is a list, not text',
    )
    expect(() => resourceTree('ko/common.json', { flag: true })).toThrow('"flag" is a boolean')
  })

  it('refuses a file that is not a table at all', () => {
    expect(() => resourceTree('zh-Hans/common.json', 'text')).toThrow(
      'zh-Hans/common.json: is a string, not a table of texts',
    )
    expect(() => resourceTree('zh-Hans/common.json', null)).toThrow('is null')
    expect(() => resourceTree('zh-Hans/common.json', ['a'])).toThrow('is a list')
  })
})
