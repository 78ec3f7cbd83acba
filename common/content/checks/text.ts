import type { Content, Language } from '../schema'
import { LANGUAGES } from '../schema'
import { fieldPath, localizedFields } from './localizedFields'
import type { Problem } from './problems'
import { error, warning } from './problems'

const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-Hans': 'Simplified Chinese',
  en: 'English',
  ko: 'Korean',
}

/** Length in characters as a reader counts them (code points, so emoji and rare Han count once). */
const length = (s: string): number => [...s].length

/**
 * True when `s` has more than `limit` code points. A string has no more code points than UTF-16
 * units, so only one longer than the limit in units needs counting.
 */
const longerThan = (s: string, limit: number): boolean => s.length > limit && length(s) > limit

/**
 * Text too long for the screen is an error (it would be cut off); a translation missing for a
 * language the dataset promises is a warning, since the Chinese text is shown instead.
 */
export function textProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  const promised = content.dataset.languages.filter((l) => l !== 'zh-Hans')
  for (const field of localizedFields(content)) {
    const { text, limit } = field
    for (const lang of LANGUAGES) {
      const value = text[lang]
      if (value !== undefined && longerThan(value, limit)) {
        problems.push(
          error(
            `${fieldPath(field)}.${lang}`,
            `${length(value)} characters is too long (at most ${limit}) — shorten it to fit the screen`,
          ),
        )
      }
    }
    for (const lang of promised) {
      if (text[lang] === undefined) {
        problems.push(
          warning(
            `${fieldPath(field)}.${lang}`,
            `missing ${LANGUAGE_NAMES[lang]} translation (Chinese will be shown)`,
          ),
        )
      }
    }
  }
  return problems
}
