import type { Language } from '../content/schema'
import { DEFAULT_LANGUAGE } from '../content/primitives'
import type { Translate } from './translate'
import zhCommon from './locales/zh-Hans/common.json' with { type: 'json' }
import zhPlaces from './locales/zh-Hans/places.json' with { type: 'json' }
import zhPrint from './locales/zh-Hans/print.json' with { type: 'json' }
import enCommon from './locales/en/common.json' with { type: 'json' }
import enPlaces from './locales/en/places.json' with { type: 'json' }
import enPrint from './locales/en/print.json' with { type: 'json' }
import koCommon from './locales/ko/common.json' with { type: 'json' }
import koPlaces from './locales/ko/places.json' with { type: 'json' }
import koPrint from './locales/ko/print.json' with { type: 'json' }

/**
 * The namespaces an item's presentation speaks in, for outputs that run without i18next (the
 * office tools in Node, and tests of common/). The renderer never imports this file: it loads
 * the same JSON through i18next, and `renderer/i18n/wordsParity.test.ts` proves both give the
 * same text for every key of these namespaces in every language.
 */
const FILES: Record<Language, Record<string, unknown>> = {
  'zh-Hans': { common: zhCommon, places: zhPlaces, print: zhPrint },
  en: { common: enCommon, places: enPlaces, print: enPrint },
  ko: { common: koCommon, places: koPlaces, print: koPrint },
}

/** The namespaces `wordsFor` knows. */
export const WORD_NAMESPACES = ['common', 'places', 'print'] as const

function lookup(tree: unknown, path: string): string | undefined {
  let node = tree
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

function find(lang: Language, ns: string, key: string, count: unknown): string | undefined {
  const tree = FILES[lang][ns]
  if (typeof count === 'number') {
    const form = new Intl.PluralRules(lang).select(count)
    const plural = lookup(tree, `${key}_${form}`) ?? lookup(tree, `${key}_other`)
    if (plural !== undefined) return plural
  }
  return lookup(tree, key)
}

/**
 * i18next's plain behaviour for these files: `ns:key` or a 'places' key, `{{name}}` filled in,
 * `_one`/`_other` forms chosen by `count`, Chinese when a language lacks the key, and the key
 * itself when no language has it (so a missing key shows, as on screen, rather than crashing).
 */
export function wordsFor(lang: Language, defaultNs = 'places'): Translate {
  return (fullKey, values = {}) => {
    const colon = fullKey.indexOf(':')
    const ns = colon > 0 ? fullKey.slice(0, colon) : defaultNs
    const key = colon > 0 ? fullKey.slice(colon + 1) : fullKey
    const template =
      find(lang, ns, key, values.count) ?? find(DEFAULT_LANGUAGE, ns, key, values.count) ?? key
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    )
  }
}
