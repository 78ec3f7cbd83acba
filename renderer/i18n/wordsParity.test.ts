import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../common/content/schema'
import { WORD_NAMESPACES, wordsFor } from '../../common/i18n/words'
import { i18n, loadResources } from './index'
import { leafEntries } from './keys'

const resources = await loadResources()

/** Every `{{name}}` a template asks for, filled with a value that shows where it went. */
function valuesFor(template: unknown): Record<string, string | number> {
  const names = typeof template === 'string' ? (template.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? []) : []
  return Object.fromEntries(names.map((n) => [n.replace(/[{}\s]/g, ''), `<${n}>`]))
}

// common/ and the office tools render the presentation's keys with wordsFor (no i18next); the
// screens with i18next. Both must give the visitor the same words for every key.
describe('wordsFor says what i18next says', () => {
  for (const lang of LANGUAGES) {
    for (const ns of WORD_NAMESPACES) {
      it(`${lang}/${ns}.json, every key`, () => {
        const i18next = i18n.getFixedT(lang, ns)
        const words = wordsFor(lang, ns)
        const entries = leafEntries(resources[lang][ns] ?? {})
        expect(entries.length).toBeGreaterThan(3)
        for (const [key, template] of entries) {
          const values = valuesFor(template)
          expect(words(key, values), `${lang}:${ns}:${key}`).toBe(i18next(key, values))
        }
        // The 'places' default and an `ns:` prefix, as the presentation writes its keys.
        expect(wordsFor(lang)(`${ns}:${entries[0]![0]}`)).toBe(i18next(entries[0]![0]))
      })
    }
  }

  it('falls back to Chinese, then to the key, as i18next does', () => {
    expect(wordsFor('en')('no.such.key')).toBe('no.such.key')
    expect(wordsFor('en')('common:sample.notice')).toBe(
      i18n.getFixedT('en', 'common')('sample.notice'),
    )
  })
})
