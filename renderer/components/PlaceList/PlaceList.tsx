import { useMemo } from 'react'
import { useT } from '../../i18n/useT'
import { openingState } from '../../../common/domain/openingHours'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { AfterFirstFrame } from '../AfterFirstFrame'
import { DistanceLabel } from '../DistanceLabel'
import { Icon } from '../Icon'
import { LocalText } from '../LocalText'
import { OpeningBadge } from '../OpeningBadge'
import { ShowMore, useShowMore } from '../ShowMore'
import { rankedPlacesFor } from '../../state/contentIndex'
import './PlaceList.css'

/** Places shown at first and added by each "show more" tap. */
export const PLACES_PAGE = 20
/**
 * Places drawn in the frame that answers the tap (more than fill a portrait screen's first view);
 * the rest of the page follows a frame later (AfterFirstFrame, issue 25).
 */
export const FIRST_FRAME_PLACES = 6

type Props = {
  /** Exactly these places (e.g. a service's locations); wins over `categoryId`. */
  locationIds?: readonly string[]
  /** The places linked from this category's services; neither prop = every place. */
  categoryId?: string
  /** How many to show at first and per "show more" tap (default PLACES_PAGE). */
  page?: number
  /** False: show only the first `page` places, no "show more" (the screen links to all). */
  showMore?: boolean
}

/**
 * Places as big buttons, nearest first from this kiosk's site, each with its distance and
 * direction and whether it is open now; places without coordinates follow, marked "distance
 * unknown". Only the nearest `page` are drawn, with a "show more places" button for the next
 * ones, so the list stays short to read and cheap to draw with any amount of content. Places are
 * ranked once per content and site (`renderer/state/contentIndex.ts`); opening states once per shown place and clock minute.
 * A tap opens the place page. Renders a short message when there is nothing to list.
 */
export function PlaceList({ locationIds, categoryId, page = PLACES_PAGE, showMore = true }: Props) {
  const { t } = useT('places')
  const { content, site, now, calendar } = useKiosk()
  const { navigate } = useNavigation()
  const idsKey = locationIds?.join('\n')
  // Distances are measured once per content and site (contentIndex); a list only filters them.
  const ranked = useMemo(
    () =>
      rankedPlacesFor(content, site.geo, {
        locationIds: idsKey === undefined ? undefined : idsKey === '' ? [] : idsKey.split('\n'),
        categoryId,
      }),
    [content, idsKey, categoryId, site.geo],
  )
  // "Show more" taps count for this list only: other places (or new content) start short again.
  const {
    shown: firstShown,
    hasMore,
    showMore: addPage,
    listRef,
  } = useShowMore(ranked, page, showMore)
  const minute = Math.floor(now().getTime() / 60_000)
  const count = firstShown.length
  const shown = useMemo(() => {
    const at = new Date(minute * 60_000)
    return ranked.slice(0, count).map((place) => ({
      ...place,
      opening: openingState(place.location.openingHours, at, calendar.holidayDay),
    }))
  }, [ranked, count, minute, calendar])

  const card = ({ location, metres, bearing, opening }: (typeof shown)[number]) => (
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
            <DistanceLabel
              to={location.geo}
              measured={
                metres !== undefined && bearing !== undefined ? { metres, bearing } : undefined
              }
              className="place-card__distance"
            />
          </span>
          <OpeningBadge hours={location.openingHours} state={opening} />
          <LocalText value={location.address} className="place-card__address" />
        </span>
        <Icon name="chevron" className="place-card__chevron" />
      </button>
    </li>
  )

  if (ranked.length === 0) return <p className="empty-message">{t('places.empty')}</p>
  return (
    <div className="place-list-block">
      <ul className="place-list" aria-label={t('places.listLabel')} ref={listRef}>
        {shown.slice(0, FIRST_FRAME_PLACES).map(card)}
        <AfterFirstFrame>{shown.slice(FIRST_FRAME_PLACES).map(card)}</AfterFirstFrame>
      </ul>
      <ShowMore
        hasMore={hasMore}
        shownText={t('places.shownOf', { shown: count, total: ranked.length })}
        buttonText={t('places.showMore')}
        onMore={addPage}
      />
    </div>
  )
}
