import type { Language } from '../../../common/content/schema'

/**
 * Each language named in its own script. These are deliberately not translation keys: a visitor
 * who reads only Korean must find "한국어" whatever language the screen is in now.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-Hans': '中文',
  en: 'English',
  ko: '한국어',
}
