import type { Language, LocalizedText } from './schema'
import { DEFAULT_LANGUAGE } from './primitives'

/**
 * Picks the text for `lang`. Chinese is always present (the schema requires it), so a missing
 * translation falls back to it and says so, letting the UI mark the text as "shown in Chinese".
 */
export function localize(
  text: LocalizedText | undefined,
  lang: Language,
): { text: string; fallback: boolean } {
  if (text === undefined) return { text: '', fallback: false }
  const translated = text[lang]
  if (translated !== undefined && translated.trim() !== '') {
    return { text: translated, fallback: false }
  }
  return { text: text['zh-Hans'], fallback: lang !== DEFAULT_LANGUAGE }
}

/**
 * The Chinese text as well, for a visitor who reads another language and is shown something
 * else: a taxi driver or a passer-by asked for the way reads Chinese. Undefined when the visitor
 * already sees the Chinese (they read it, or there is no translation).
 */
export function chineseToo(text: LocalizedText, lang: Language): string | undefined {
  const chinese = text['zh-Hans']
  return lang !== 'zh-Hans' && chinese !== localize(text, lang).text ? chinese : undefined
}
