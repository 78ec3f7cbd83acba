import { useMemo } from 'react'
import { useT } from '../i18n/useT'
import type { Location, Phone, Service } from '../../common/content/schema'
import { presentContextOf } from '../state/usePresentContext'
import { useKiosk } from '../state/useKiosk'
import { hotlineQrText, placeQrText, serviceQrText, type ShareContext } from './qrText'

export type ShareText = {
  place(location: Location): string
  service(service: Service): string
  hotline(phone: Phone): string
}

/** The QR payload builders bound to the current content, visitor language, site and clock. */
export function useShareText(): ShareText {
  const kiosk = useKiosk()
  const { t } = useT('places')
  return useMemo(() => {
    // Read when a code is made, so a stale line appears the day the item passes its review date.
    const ctx = (): ShareContext => presentContextOf(kiosk, (key, values) => t(key, values))
    return {
      place: (location) => placeQrText(location, ctx()),
      service: (service) => serviceQrText(service, ctx()),
      hotline: (phone) => hotlineQrText(phone, ctx()),
    }
  }, [kiosk, t])
}
