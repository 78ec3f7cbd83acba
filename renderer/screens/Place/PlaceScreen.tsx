import { useTranslation } from 'react-i18next'
import { openingState } from '../../../common/domain/openingHours'
import { planWalk } from '../../../common/domain/walk'
import { formatDistance } from '../../components/DistanceLabel'
import { DistanceLabel } from '../../components/DistanceLabel'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { MapView } from '../../components/MapView'
import { NotFound } from '../../components/NotFound'
import { HolidayHoursNote, OpeningBadge, readableHours } from '../../components/OpeningBadge'
import { PrintButton } from '../../components/PrintButton'
import { QrCode } from '../../components/QrCode'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { useNavigation } from '../../navigation/useNavigation'
import { placeSlip } from '../../print'
import { useShareText } from '../../share'
import { byId, byIds } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { PlaceContact } from './PlaceContact'
import './PlaceScreen.css'
import { StaleNotice } from '../../components/StaleNotice'

/**
 * One place: what it is, whether it is open, the address and phones, how to get there from this
 * kiosk (steps, transport, a map), and a QR code to take it all along. Every part that the
 * content lacks is either explained (address, hours, map) or left out (optional notes).
 */
export function PlaceScreen({ route }: ScreenProps<'place'>) {
  const { t } = useTranslation('places')
  const { content, site, now } = useKiosk()
  const localize = useLocalize()
  const share = useShareText()
  const { navigate } = useNavigation()
  const location = byId(content.locations, route.locationId)
  if (!location) return <NotFound name="place" />
  const phones = byIds(content.phones, location.phoneIds)
  const steps = site.id === undefined ? undefined : location.directions?.[site.id]
  const name = localize(location.name).text
  // Worked out once: two badges and the holiday note show it, and must agree on the minute.
  const opening = openingState(location.openingHours, now())
  const walk =
    site.id === undefined ? undefined : planWalk({ id: site.id, geo: site.geo }, location)
  const slipMap = walk && {
    walk,
    labels: {
      here: t('map.youAreHere'),
      there: t('map.destination'),
      north: t('map.north'),
      scale: (metres: number) => formatDistance(metres, (k, v) => t(k, v)),
    },
    ...(content.basemap ? { attribution: t('map.attribution') } : {}),
  }

  return (
    <Screen name="place" title={<LocalText value={location.name} />} icon="pin">
      <div className="place-summary">
        <span className="place-type">{t(`locationType.${location.type}`)}</span>
        <DistanceLabel to={location.geo} className="place-distance" />
        <OpeningBadge hours={location.openingHours} state={opening} />
      </div>
      <LocalText value={location.description} as="p" className="lead" />
      <StaleNotice item={location} phoneIds={location.phoneIds} />
      <div className="place-layout">
        <div className="place-column">
          <PlaceContact location={location} phones={phones} />
          {steps && steps.length > 0 && (
            <section className="detail-section" aria-labelledby="place-directions">
              <h2 id="place-directions" className="section-title">
                {t('place.directions')}
              </h2>
              <ol className="place-steps">
                {steps.map((step, i) => (
                  <LocalText key={i} value={step} as="li" />
                ))}
              </ol>
            </section>
          )}
          <section className="detail-section" aria-labelledby="place-hours">
            <h2 id="place-hours" className="section-title">
              {t('place.hours')}
            </h2>
            <OpeningBadge hours={location.openingHours} state={opening} />
            {location.openingHours && (
              <p className="body-text">{readableHours(location.openingHours, (k, v) => t(k, v))}</p>
            )}
            <LocalText value={location.hoursNote} as="p" className="body-text" />
            <HolidayHoursNote state={opening} />
          </section>
          {location.transport && (
            <section className="detail-section" aria-labelledby="place-transport">
              <h2 id="place-transport" className="section-title">
                {t('place.transport')}
              </h2>
              <LocalText value={location.transport} as="p" className="body-text" />
            </section>
          )}
          {location.accessibility && (
            <section className="detail-section" aria-labelledby="place-access">
              <h2 id="place-access" className="section-title">
                {t('place.accessibility')}
              </h2>
              <LocalText value={location.accessibility} as="p" className="body-text" />
            </section>
          )}
        </div>
        <div className="place-column">
          <section className="detail-section" aria-labelledby="place-map">
            <h2 id="place-map" className="section-title">
              {t('place.map')}
            </h2>
            <MapView place={location} />
          </section>
          <section className="detail-section place-qr" aria-labelledby="place-qr">
            <h2 id="place-qr" className="section-title">
              {t('place.takeItWithYou')}
            </h2>
            <QrCode text={share.place(location)} label={t('place.qrLabel', { name })} />
            <PrintButton
              kind="place"
              slip={(ctx) => ({
                ...placeSlip(location, ctx),
                ...(slipMap ? { map: slipMap } : {}),
              })}
            />
          </section>
          {location.assuredDate && (
            <p className="place-checked">{t('place.checkedOn', { date: location.assuredDate })}</p>
          )}
          <button
            type="button"
            className="secondary-button"
            onClick={() => navigate({ name: 'places' })}
          >
            <Icon name="list" />
            <span>{t('place.otherPlaces')}</span>
          </button>
        </div>
      </div>
    </Screen>
  )
}
