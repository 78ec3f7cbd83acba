import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { LANGUAGES, type Language } from '../../common/content/schema'

export { LANGUAGES, type Language }

/** How each language names itself on the switch: the label a visitor who reads only it looks for. */
export const LANGUAGE_LABELS: Record<Language, string> = {
  'zh-Hans': '中文',
  en: 'English',
  ko: '한국어',
}

export type Namespace = 'common' | 'places' | 'admin' | 'staff' | 'speech' | 'print'

const resourceSchema = z.record(z.string(), z.unknown())
const cache = new Map<string, Record<string, unknown>>()

function resources(lang: Language, ns: Namespace): Record<string, unknown> {
  const file = resolve('common/i18n/locales', lang, `${ns}.json`)
  let loaded = cache.get(file)
  if (!loaded) {
    loaded = resourceSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    cache.set(file, loaded)
  }
  return loaded
}

/**
 * The UI string a visitor sees for `key` in `lang`, read from the app's own resource files, so
 * page objects find buttons by the words on them without copying those words into the tests.
 * Throws when the key is missing: a test must not silently look for the wrong label.
 */
export function t(
  lang: Language,
  key: string,
  vars: Record<string, string | number> = {},
  ns: Namespace = 'common',
): string {
  let node: unknown = resources(lang, ns)
  for (const part of key.split('.')) {
    const parsed = resourceSchema.safeParse(node)
    node = parsed.success ? parsed.data[part] : undefined
  }
  if (typeof node !== 'string') throw new Error(`no UI string "${ns}:${key}" in ${lang}`)
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )
}

/** Shorthand for the `places` namespace. */
export const tp = (lang: Language, key: string, vars: Record<string, string | number> = {}) =>
  t(lang, key, vars, 'places')
