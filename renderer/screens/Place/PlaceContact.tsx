import { useT } from '../../i18n/useT'
import type { Location, Phone } from '../../../common/content/schema'
import { BigNumber } from '../../components/BigNumber'
import { LocalText } from '../../components/LocalText'
import { PhoneNumber } from '../../components/PhoneNumber'
import { formatPhone } from '../../../common/domain/phone'
import { topHotlines } from '../../../common/present/topHotlines'
import { useKiosk } from '../../state/useKiosk'

/**
 * Address and phones: the two facts a visitor copies down. A missing or unconfirmed address is
 * said out loud with what to do instead, never left as a blank: ask staff only where the kiosk
 * site has staff on hand (a station hall), otherwise call (on a street there is nobody to ask).
 */
export function PlaceContact({ location, phones }: { location: Location; phones: Phone[] }) {
  const { t } = useT('places')
  const { content, site } = useKiosk()
  const firstPhone = phones[0]
  const unconfirmed = location.unconfirmed?.includes('address') ?? false
  const hotline = topHotlines(content.phones, 1)[0]
  const unknownAddress = firstPhone
    ? t(site.staffOnHand ? 'place.addressUnknown' : 'place.addressUnknownCall', {
        phone: formatPhone(firstPhone.number),
      })
    : site.staffOnHand || !hotline
      ? t('place.addressUnknownNoPhone')
      : t('place.addressUnknownHotline', { phone: formatPhone(hotline.number) })
  return (
    <>
      <section className="detail-section" aria-labelledby="place-address">
        <h2 id="place-address" className="section-title">
          {t('place.address')}
        </h2>
        {location.address ? (
          <>
            <LocalText value={location.address} as="p" className="place-address" />
            {unconfirmed && (
              <p className="place-warning">
                {t(site.staffOnHand ? 'place.addressUnconfirmed' : 'place.addressUnconfirmedCall')}
              </p>
            )}
          </>
        ) : (
          <p className="place-warning">{unknownAddress}</p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="place-phone">
        <h2 id="place-phone" className="section-title">
          {t('place.phone')}
        </h2>
        {phones.length === 0 ? (
          <p className="body-text">{t('place.noPhone')}</p>
        ) : (
          <ul className="place-phones">
            {phones.map((p) => (
              <li key={p.id}>
                <BigNumber
                  value={<PhoneNumber number={p.number} />}
                  caption={<LocalText value={p.name} />}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
