import { useT } from '../i18n/useT'
import type { PresentContext } from '../../common/present/present'
import type { Translate } from '../../common/i18n/translate'
import type { KioskState } from './kioskContext'
import { useKiosk } from './useKiosk'

/**
 * The presentation's context at this moment: the session's content, language, site, the host
 * clock read now, its holiday calendar and the given 'places' words. For code that presents
 * later than it renders (a QR code made on tap) as well as for screens.
 */
export function presentContextOf(kiosk: KioskState, t: Translate): PresentContext {
  const { content, lang, site, now, calendar } = kiosk
  return { content, lang, site, now: now(), holidayDay: calendar.holidayDay, t }
}

/**
 * The item presentation's context for a screen: this session's content, language, site and the
 * host clock, with the 'places' words. A screen presents its item with it once per render, so
 * the badge, the hours and the warnings all read the same minute.
 */
export function usePresentContext(): PresentContext {
  const kiosk = useKiosk()
  const { t } = useT('places')
  return presentContextOf(kiosk, (key, values) => t(key, values))
}
