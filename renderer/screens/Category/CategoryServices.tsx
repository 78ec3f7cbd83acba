import { useT } from '../../i18n/useT'
import type { Service } from '../../../common/content/schema'
import { AfterFirstFrame } from '../../components/AfterFirstFrame'
import { ShowMore, useShowMore } from '../../components/ShowMore'
import { ServiceCard } from './ServiceCard'

/** Services drawn at first and added by each "show more" tap; a need rarely has more. */
export const SERVICES_PAGE = 20
/**
 * Services drawn in the frame that answers the tap: below the need's hotlines, notices and
 * nearest places, more than a first view shows in either orientation; the rest of the page
 * follows a frame later (AfterFirstFrame). At 10,000 places a need has a full page, and its
 * cards' style and layout were the largest part of that tap (issue 25).
 */
export const FIRST_FRAME_SERVICES = 6

const card = (service: Service) => (
  <li key={service.id}>
    <ServiceCard service={service} />
  </li>
)

/**
 * The need's services as big buttons, in content order, the first SERVICES_PAGE drawn (the first
 * FIRST_FRAME_SERVICES in the tap's frame) and the rest a "show more" tap away, so a need with thousands of services (a province's directory)
 * opens as fast as a small one. `services` should keep its identity between renders (the content
 * index's list does), or "show more" would start over.
 */
export function CategoryServices({ services }: { services: readonly Service[] }) {
  const { t } = useT()
  const { shown, total, hasMore, showMore, listRef } = useShowMore(services, SERVICES_PAGE)
  if (services.length === 0) return null
  return (
    <section className="detail-section" aria-labelledby="category-services">
      <h2 id="category-services" className="section-title">
        {t('category.services')}
      </h2>
      <ul className="card-list" ref={listRef}>
        {shown.slice(0, FIRST_FRAME_SERVICES).map(card)}
        <AfterFirstFrame>{shown.slice(FIRST_FRAME_SERVICES).map(card)}</AfterFirstFrame>
      </ul>
      <ShowMore
        hasMore={hasMore}
        shownText={t('category.servicesShownOf', { shown: shown.length, total: total })}
        buttonText={t('category.showMoreServices')}
        onMore={showMore}
      />
    </section>
  )
}
