import { useTranslation } from 'react-i18next'
import type { Location, Phone } from '../../../common/content/schema'
import { BigNumber } from '../../components/BigNumber'
import { LocalText } from '../../components/LocalText'
import { PhoneNumber } from '../../components/PhoneNumber'
import { formatPhone } from '../../../common/domain/phone'

/**
 * Address and phones: the two facts a visitor copies down. A missing or unconfirmed address is
 * said out loud with what to do instead, never left as a blank.
 */
export function PlaceContact({ location, phones }: { location: Location; phones: Phone[] }) {
  const { t } = useTranslation('places')
  const firstPhone = phones[0]
  const unconfirmed = location.unconfirmed?.includes('address') ?? false
  return (
    <>
      <section className="detail-section" aria-labelledby="place-address">
        <h2 id="place-address" className="section-title">
          {t('place.address')}
        </h2>
        {location.address ? (
          <>
            <LocalText value={location.address} as="p" className="place-address" />
            {unconfirmed && <p className="place-warning">{t('place.addressUnconfirmed')}</p>}
          </>
        ) : (
          <p className="place-warning">
            {firstPhone
              ? t('place.addressUnknown', { phone: formatPhone(firstPhone.number) })
              : t('place.addressUnknownNoPhone')}
          </p>
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
