import { describe, expect, it } from 'vitest'
import { validContent } from '../content/fixtures/validContent'
import { diffContent } from './diff'

const copy = () => structuredClone(validContent)

describe('diffContent', () => {
  it('counts nothing for identical content, whatever the key order', () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value
    const reordered = reverseKeys(copy()) as typeof validContent
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(validContent)[0])
    const diff = diffContent(copy(), reordered)
    expect(diff.collections.every((c) => c.added + c.changed + c.removed === 0)).toBe(true)
    expect(diff.phoneNumbers).toEqual([])
    expect(diff.screenerChanged).toBe(false)
  })

  it('counts added, changed and removed items and lists every changed or removed number', () => {
    const before = copy()
    const after = copy()
    const [first, second] = after.phones as [(typeof after.phones)[0], (typeof after.phones)[0]]
    const firstBefore = first.number
    first.number = '0431-80000000'
    after.phones = [first, { ...second, id: 'new-line', number: '12349' }]
    after.services[0]!.summary = { 'zh-Hans': '新的摘要' }
    const diff = diffContent(before, after)
    expect(diff.collections.find((c) => c.collection === 'phones')).toEqual({
      collection: 'phones',
      added: 1,
      changed: 1,
      removed: before.phones.length - 1,
    })
    expect(diff.collections.find((c) => c.collection === 'services')).toMatchObject({ changed: 1 })
    expect(diff.phoneNumbers).toEqual([
      { id: first.id, name: first.name['zh-Hans'], before: firstBefore, after: '0431-80000000' },
      ...before.phones
        .slice(1)
        .map((p) => ({ id: p.id, name: p.name['zh-Hans'], before: p.number })),
    ])
    expect(diff.phonesAdded).toEqual([
      { id: 'new-line', name: second.name['zh-Hans'], number: '12349' },
    ])
  })

  it('treats everything as added when no content is installed', () => {
    const diff = diffContent(undefined, copy())
    expect(diff.versionBefore).toBeUndefined()
    expect(diff.collections.find((c) => c.collection === 'services')?.added).toBe(
      validContent.services.length,
    )
  })
})
