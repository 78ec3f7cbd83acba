import type { TFunction } from 'i18next'
import { useSyncExternalStore } from 'react'
import { i18n } from './index'

const subscribe = (onChange: () => void): (() => void) => {
  i18n.on('languageChanged', onChange)
  return () => i18n.off('languageChanged', onChange)
}
const currentLanguage = (): string => i18n.language

/**
 * One `t` per language and namespace, kept for good: components pass `t` to effects and
 * callbacks, so it must stay the same function while the language does (as react-i18next's did).
 * What each one has looked up is forgotten when strings are added or removed (a language that
 * arrives after start-up).
 */
const fixed = new Map<string, TFunction>()
const looked = new Set<Map<string, string>>()
const forget = () => looked.forEach((words) => words.clear())
i18n.store.on('added', forget)
i18n.store.on('removed', forget)

/**
 * A `t` for `lang` and `ns` that looks each plain key up once: a screen's words are the same on
 * every visit, and i18next's lookup (resolve, fallbacks, interpolation) costs more than the
 * screen's own rendering on a kiosk's slow CPU. Keys with options are looked up every time.
 */
export function translator(lang: string, ns: string): TFunction {
  const id = `${lang}|${ns}`
  const known = fixed.get(id)
  if (known) return known
  // Untyped keys (no resource types are declared), so every lookup returns a string.
  const lookUp = i18n.getFixedT(lang, ns) as unknown as (
    key: string | string[],
    options?: unknown,
  ) => string
  const words = new Map<string, string>()
  looked.add(words)
  const t = (key: string | string[], options?: unknown): string => {
    if (options !== undefined || typeof key !== 'string') return lookUp(key, options)
    let text = words.get(key)
    if (text === undefined) {
      text = lookUp(key)
      words.set(key, text)
    }
    return text
  }
  const typed = t as TFunction
  fixed.set(id, typed)
  return typed
}

/**
 * The shown language's words in namespace `ns`. Replaces react-i18next's `useTranslation`, which
 * builds a wrapper of the whole i18next instance for every component that mounts: on a tap that
 * draws a screen of cards, that was more time than the lookups themselves.
 */
export function useT(ns = 'common'): { t: TFunction; lang: string } {
  const lang = useSyncExternalStore(subscribe, currentLanguage)
  return { t: translator(lang, ns), lang }
}
