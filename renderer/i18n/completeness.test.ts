import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../common/content/schema'
import { loadResources } from './index'
import { leafEntries, leafKeys, missingKeys } from './keys'

const resources = await loadResources()
const namespaces = [...new Set(LANGUAGES.flatMap((l) => Object.keys(resources[l])))].sort()

describe('translation files', () => {
  it('load at least the common namespace in every language', () => {
    expect(namespaces).toContain('common')
  })

  it.each(namespaces)('namespace "%s" exists in every language', (ns) => {
    const without = LANGUAGES.filter((l) => resources[l][ns] === undefined)
    expect(without, `languages without ${ns}.json`).toEqual([])
  })

  it.each(namespaces)('namespace "%s" has the same keys in every language', (ns) => {
    const all = [...new Set(LANGUAGES.flatMap((l) => leafKeys(resources[l][ns] ?? {})))]
    const gaps = Object.fromEntries(
      LANGUAGES.map((l) => [l, missingKeys(all, leafKeys(resources[l][ns] ?? {}))]),
    )
    expect(gaps).toEqual(Object.fromEntries(LANGUAGES.map((l) => [l, []])))
  })

  it.each(namespaces)('namespace "%s" has no empty strings', (ns) => {
    const empty = LANGUAGES.flatMap((l) =>
      leafEntries(resources[l][ns] ?? {})
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => `${l}:${key}`),
    )
    expect(empty).toEqual([])
  })
})

describe('missingKeys', () => {
  it('names the keys one language lacks, folding plural forms', () => {
    const en = leafKeys({ a: { b: 'x', c_one: '1', c_other: 'n' } })
    const zh = leafKeys({ a: { c_other: 'n' } })
    expect(missingKeys(en, zh)).toEqual(['a.b'])
    expect(missingKeys(zh, en)).toEqual([])
  })
})
