import { useMemo } from 'react'
import { useT } from '../../i18n/useT'
import { AfterFirstFrame } from '../../components/AfterFirstFrame'
import { presentPlace } from '../../../common/present/present'
import { formatDistance } from '../../../common/present/describeDistance'
import { planWalk } from '../../../common/domain/walk'
import { DistanceLabel } from '../../components/DistanceLabel'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { MapView, useWalkGraph } from '../../components/MapView'
import { NotFound } from '../../components/NotFound'
import { FactSections } from '../../components/FactSections'
import { OpeningBadge } from '../../components/OpeningBadge'
import { PrintButton } from '../../print/PrintButton'
import { QrCode } from '../../components/QrCode'
import { Screen } from '../../components/Screen'
import { StaleNotice } from '../../components/StaleNotice'
import type { ScreenProps } from '../../navigation/screenTypes'
import { useNavigation } from '../../navigation/useNavigation'
import { placeSlip } from '../../print'
import { useShareText } from '../../share'
import { byId, byIds } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { usePresentContext } from '../../state/usePresentContext'
import { PlaceContact } from './PlaceContact'
import './PlaceScreen.css'

/**
 * One place: what it is, whether it is open, the address and phones, how to get there from this
 * kiosk (steps, transport, a map), and a QR code to take it all along. Every part that the
 * content lacks is either explained (address, hours, map) or left out (optional notes).
 */
export function PlaceScreen({ route }: ScreenProps<'place'>) {
  const { t } = useT('places')
  const { content, site } = useKiosk()
  const presentContext = usePresentContext()
  const localize = useLocalize()
  const share = useShareText()
  const { navigate } = useNavigation()
  const location = byId(content.locations, route.locationId)
  const graph = useWalkGraph()
  const routeGraph = graph.state === 'ready' ? graph.graph : undefined
  // One walk for the map, its sketch, the summary and the slip: the office's route, else one
  // worked out over the walking graph (once it has loaded), else the straight line.
  const walk = useMemo(
    () => location && planWalk({ id: site.id ?? '', geo: site.geo }, location, routeGraph),
    [location, site.id, site.geo, routeGraph],
  )
  if (!location) return <NotFound name="place" />
  const phones = byIds(content.phones, location.phoneIds)
  const name = localize(location.name).text
  // Worked out once, as the slip, QR text and speech work it out: the badge, the hours and the
  // warnings agree on the minute, and the hours are said once.
  const p = presentPlace(location, presentContext)
  const holidays = p.warnings.find((w) => w.kind === 'holidays')
  const hoursSaid = (p.scheduleAddsToOpening && p.schedule) || p.hoursNote || holidays
  const slipMap = walk && {
    walk,
    labels: {
      here: t('map.youAreHere'),
      there: t('map.destination'),
      north: t('map.north'),
      scale: (metres: number) => formatDistance(metres, (k, v) => t(k, v)),
    },
    ...(content.basemap ? { attribution: t('map.attribution') } : {}),
    ...(routeGraph ? { streets: routeGraph } : {}),
  }

  return (
    <Screen name="place" title={<LocalText value={location.name} />} icon="pin">
      <div className="place-summary">
        <span className="place-type">{t(`locationType.${location.type}`)}</span>
        <DistanceLabel to={location.geo} className="place-distance" />
        <OpeningBadge hours={location.openingHours} {...(p.opening ? { label: p.opening } : {})} />
      </div>
      <LocalText value={p.summary} as="p" className="lead" />
      <StaleNotice item={location} phoneIds={location.phoneIds} />
      <div className="place-layout">
        <div className="place-column">
          <PlaceContact location={location} phones={phones} />
          {p.steps.length > 0 && (
            <section className="detail-section" aria-labelledby="place-directions">
              <h2 id="place-directions" className="section-title">
                {t('place.directions')}
              </h2>
              <ol className="place-steps">
                {p.steps.map((step, i) => (
                  <LocalText key={i} value={step} as="li" />
                ))}
              </ol>
            </section>
          )}
          {/* The badge above said today's state; this adds only what it did not say (issue 22). */}
          {hoursSaid && (
            <section className="detail-section" aria-labelledby="place-hours">
              <h2 id="place-hours" className="section-title">
                {t('place.hours')}
              </h2>
              {p.scheduleAddsToOpening && <p className="body-text">{p.schedule}</p>}
              <LocalText value={p.hoursNote} as="p" className="body-text" />
              {holidays && <p className="body-text holiday-hours-note">{holidays.text}</p>}
            </section>
          )}
          <FactSections facts={p.facts} screen="place" />
        </div>
        <AfterFirstFrame>
          <div className="place-column">
            <section className="detail-section" aria-labelledby="place-map">
              <h2 id="place-map" className="section-title">
                {t('place.map')}
              </h2>
              <MapView place={location} walk={walk} walkPending={graph.state === 'loading'} />
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
            {/* The date the slip prints too: when the facts were last confirmed (the source's date). */}
            {p.checkedOn && (
              <p className="place-checked">{t('place.checkedOn', { date: p.checkedOn })}</p>
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
        </AfterFirstFrame>
      </div>
    </Screen>
  )
}
