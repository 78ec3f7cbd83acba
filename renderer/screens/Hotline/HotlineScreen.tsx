import { useT } from '../../i18n/useT'
import { presentHotline } from '../../../common/present/present'
import { FactSections } from '../../components/FactSections'
import { AfterFirstFrame } from '../../components/AfterFirstFrame'
import { BigNumber } from '../../components/BigNumber'
import { LocalText } from '../../components/LocalText'
import { NotFound } from '../../components/NotFound'
import { PhoneNumber } from '../../components/PhoneNumber'
import { PrintButton } from '../../print/PrintButton'
import { QrCode } from '../../components/QrCode'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { hotlineSlip } from '../../print'
import { formatPhone, telUri } from '../../../common/domain/phone'
import { useShareText } from '../../share'
import { byId } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { usePresentContext } from '../../state/usePresentContext'
import { StaleNotice } from '../../components/StaleNotice'
import { isEmergencyNumber } from '../../../common/content/review'

/** One hotline: the number big and grouped, what it is for, when it answers, and QR codes. */
export function HotlineScreen({ route }: ScreenProps<'hotline'>) {
  const { t } = useT()
  const { content } = useKiosk()
  const localize = useLocalize()
  const presentContext = usePresentContext()
  const share = useShareText()
  const phone = byId(content.phones, route.phoneId)
  if (!phone) return <NotFound name="hotline" />
  return (
    <Screen name="hotline" title={<LocalText value={phone.name} />} icon="phone">
      {/* 110 or 120 never goes out of date; saying it might would only sow doubt. */}
      {!isEmergencyNumber(phone.number) && <StaleNotice item={phone} phoneIds={[phone.id]} />}
      <div className="hotline-layout">
        <div className="hotline-info">
          <div className="hotline-number-block">
            <BigNumber value={<PhoneNumber number={phone.number} />} />
            {phone.available24h && <span className="badge badge-24h">{t('hotlines.open24h')}</span>}
          </div>
          <FactSections facts={presentHotline(phone, presentContext).facts} screen="hotline" />
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
        </div>
        <AfterFirstFrame>
          <section className="detail-section" aria-labelledby="hotline-share">
            <h2 id="hotline-share" className="section-title">
              {t('service.takeItWithYou')}
            </h2>
            <div className="qr-pair">
              <QrCode
                text={telUri(phone.number)}
                label={t('hotline.scanToCallLabel', { number: formatPhone(phone.number) })}
                caption={t('hotline.scanToCall')}
              />
              <QrCode
                text={share.hotline(phone)}
                label={t('hotline.scanToSaveLabel', { name: localize(phone.name).text })}
                caption={t('hotline.scanToSave')}
              />
            </div>
            <PrintButton kind="hotline" slip={(ctx) => hotlineSlip(phone, ctx)} />
          </section>
        </AfterFirstFrame>
      </div>
    </Screen>
  )
}
