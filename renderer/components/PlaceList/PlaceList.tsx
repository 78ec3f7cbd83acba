import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { DistanceLabel } from '../DistanceLabel'
import { Icon } from '../Icon'
import { LocalText } from '../LocalText'
import { OpeningBadge } from '../OpeningBadge'
import { locationsById, locationsForCategory, rankPlaces } from './rankPlaces'
import './PlaceList.css'

type Props = {
  /** Exactly these places (e.g. a service's locations); wins over `categoryId`. */
  locationIds?: readonly string[]
  /** The places linked from this category's services; neither prop = every place. */
  categoryId?: string
}

/**
 * Places as big buttons, nearest first from this kiosk's site, each with its distance and
 * direction and whether it is open now; places without coordinates follow, marked "distance
 * unknown". A tap opens the place page. Renders a short message when there is nothing to list.
 */
export function PlaceList({ locationIds, categoryId }: Props) {
  const { t } = useTranslation('places')
  const { content, site } = useKiosk()
  const { navigate } = useNavigation()
  const locations =
    locationIds !== undefined
      ? locationsById(content, locationIds)
      : locationsForCategory(content, categoryId)
  if (locations.length === 0) return <p className="empty-message">{t('places.empty')}</p>
  const ranked = rankPlaces(locations, site.geo)
  return (
    <ul className="place-list" aria-label={t('places.listLabel')}>
      {ranked.map(({ location }) => (
        <li key={location.id}>
          <button
            type="button"
            className="place-card"
            onClick={() => navigate({ name: 'place', locationId: location.id })}
          >
            <Icon name="pin" className="place-card__icon" />
            <span className="place-card__body">
              <LocalText value={location.name} className="place-card__name" />
              <span className="place-card__meta">
                <span className="place-card__type">{t(`locationType.${location.type}`)}</span>
                <DistanceLabel to={location.geo} className="place-card__distance" />
              </span>
              <OpeningBadge hours={location.openingHours} />
              <LocalText value={location.address} className="place-card__address" />
            </span>
            <Icon name="chevron" className="place-card__chevron" />
          </button>
        </li>
      ))}
    </ul>
  )
}
