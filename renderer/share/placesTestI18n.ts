import type { Language } from '../../common/content/schema'
import { i18n } from '../i18n'
import type { Translate } from '../../common/i18n/translate'

/**
 * Test helper: the app's own i18next instance over the real resource files, fixed to the
 * 'places' namespace, so unit tests check the words a visitor will see rather than keys.
 */
export function placesTranslate(lang: Language): Translate {
  const t = i18n.getFixedT(lang, 'places')
  return (key, values) => t(key, values)
}
