import { useT } from '../../i18n/useT'
import { presentService } from '../../../common/present/present'
import { AfterFirstFrame } from '../../components/AfterFirstFrame'
import { FactSections } from '../../components/FactSections'
import { HotlineCardList } from '../../components/HotlineCard'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { NotFound } from '../../components/NotFound'
import { PlaceList } from '../../components/PlaceList'
import { PrintButton } from '../../print/PrintButton'
import { QrCode } from '../../components/QrCode'
import { Screen } from '../../components/Screen'
import { formatDay } from '../../../common/present/format'
import type { ScreenProps } from '../../navigation/screenTypes'
import { serviceSlip } from '../../print'
import { useShareText } from '../../share'
import { byId } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { usePresentContext } from '../../state/usePresentContext'
import { Benefits } from './Benefits'
import { serviceHotlines } from './serviceHotlines'
import { StaleNotice } from '../../components/StaleNotice'

/**
 * One relief programme, in the order a stressed reader needs it: the plain summary, who it is
 * for, what you get (amounts big), how to apply (numbered), what to bring, where to go, whom to
 * call, when the facts were checked, and a QR code to take it all away.
 */
export function ServiceScreen({ route }: ScreenProps<'service'>) {
  const { t } = useT()
  const { content, lang } = useKiosk()
  const localize = useLocalize()
  const presentContext = usePresentContext()
  const share = useShareText()
  const service = byId(content.services, route.serviceId)
  if (!service) return <NotFound name="service" />
  const hotlines = serviceHotlines(content, service)

  return (
    <Screen name="service" title={<LocalText value={service.name} />} icon="document">
      <div className="service-layout">
        <div className="service-main">
          <LocalText value={service.plainSummary ?? service.summary} as="p" className="lead" />
          <StaleNotice
            item={service}
            phoneIds={service.phoneIds}
            categoryIds={service.categoryIds}
          />
          {service.plainSummary && (
            <LocalText value={service.summary} as="p" className="body-text" />
          )}
          {service.provider && (
            <p className="body-text service-provider">
              <span className="label">{t('service.provider')}</span>{' '}
              <LocalText value={service.provider} />
            </p>
          )}
          <FactSections facts={presentService(service, presentContext).facts} screen="service" />
          {service.benefits.length > 0 && <Benefits benefits={service.benefits} />}
          {/* Below the fold in portrait and landscape: drawn a frame after the tap's frame. */}
          <AfterFirstFrame>
            {service.howToApply.length > 0 && (
              <section className="detail-section" aria-labelledby="service-how">
                <h2 id="service-how" className="section-title">
                  {t('service.howToApply')}
                </h2>
                <ol className="steps">
                  {service.howToApply.map((step, i) => (
                    <li key={i} className="step">
                      <span className="step-number" aria-hidden="true">
                        {i + 1}
                      </span>
                      <LocalText value={step} className="step-text" />
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <section className="detail-section" aria-labelledby="service-docs">
              <h2 id="service-docs" className="section-title">
                {t('service.documents')}
              </h2>
              {service.requiredDocuments.length === 0 ? (
                <p className="body-text">{t('service.noDocuments')}</p>
              ) : (
                <ul className="documents">
                  {service.requiredDocuments.map((doc, i) => (
                    <li key={i} className="document">
                      <Icon name="document" />
                      <LocalText value={doc} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </AfterFirstFrame>
        </div>
        <AfterFirstFrame>
          <div className="service-side">
            <section className="detail-section" aria-labelledby="service-where" data-speak="fact">
              <h2 id="service-where" className="section-title">
                {t('service.whereToGo')}
              </h2>
              {service.locationIds.length === 0 ? (
                <p className="body-text">{t('service.noLocations')}</p>
              ) : (
                <PlaceList locationIds={service.locationIds} />
              )}
            </section>
            {hotlines.length > 0 && (
              <section
                className="detail-section"
                aria-labelledby="service-hotlines"
                data-speak="fact"
              >
                <h2 id="service-hotlines" className="section-title">
                  {t('service.hotlines')}
                </h2>
                <HotlineCardList phones={hotlines} />
              </section>
            )}
            <section className="detail-section share-section" aria-labelledby="service-share">
              <h2 id="service-share" className="section-title">
                {t('service.takeItWithYou')}
              </h2>
              <QrCode
                text={share.service(service)}
                label={t('service.qrLabel', { name: localize(service.name).text })}
                caption={t('service.qrHint')}
              />
              <PrintButton kind="service" slip={(ctx) => serviceSlip(service, ctx)} />
            </section>
            <p className="checked-on">
              <Icon name="check" />
              <span>{t('service.checkedOn', { date: formatDay(service.assuredDate, lang) })}</span>
            </p>
          </div>
        </AfterFirstFrame>
      </div>
    </Screen>
  )
}
