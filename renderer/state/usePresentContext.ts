import { useTranslation } from 'react-i18next'
import type { PresentContext } from '../../common/present/present'
import { useKiosk } from './useKiosk'

/**
 * The item presentation's context for a screen: this session's content, language, site and the
 * host clock, with the 'places' words. A screen presents its item with it once per render, so
 * the badge, the hours and the warnings all read the same minute.
 */
export function usePresentContext(): PresentContext {
  const { content, lang, site, now, calendar } = useKiosk()
  const { t } = useTranslation('places')
  return {
    content,
    lang,
    site,
    now: now(),
    holidayDay: calendar.holidayDay,
    t: (key, values) => t(key, values),
  }
}
