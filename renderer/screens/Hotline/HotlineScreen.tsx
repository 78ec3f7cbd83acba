import { useTranslation } from 'react-i18next'
import { BigNumber } from '../../components/BigNumber'
import { LocalText } from '../../components/LocalText'
import { NotFound } from '../../components/NotFound'
import { PhoneNumber } from '../../components/PhoneNumber'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { byId } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'

/** One hotline: the number big and grouped, what it is for, when it answers, and QR codes. */
export function HotlineScreen({ route }: ScreenProps<'hotline'>) {
  const { t } = useTranslation()
  const { content } = useKiosk()
  const phone = byId(content.phones, route.phoneId)
  if (!phone) return <NotFound name="hotline" />
  return (
    <Screen name="hotline" title={<LocalText value={phone.name} />} icon="phone">
      <div className="hotline-number-block">
        <BigNumber value={<PhoneNumber number={phone.number} />} />
        {phone.available24h && <span className="badge badge-24h">{t('hotlines.open24h')}</span>}
      </div>
      {phone.description && (
        <section className="detail-section">
          <h2 className="section-title">{t('hotline.whatFor')}</h2>
          <LocalText value={phone.description} as="p" className="body-text" />
        </section>
      )}
      <section className="detail-section">
        <h2 className="section-title">{t('hotline.hours')}</h2>
        {phone.hours ? (
          <LocalText value={phone.hours} as="p" className="body-text" />
        ) : (
          <p className="body-text">
            {phone.available24h ? t('hotlines.open24h') : t('hotline.hoursUnknown')}
          </p>
        )}
      </section>
    </Screen>
  )
}
