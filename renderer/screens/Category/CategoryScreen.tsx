import { useT } from '../../i18n/useT'
import { HotlineCardList } from '../../components/HotlineCard'
import { topHotlines } from '../../../common/present/topHotlines'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { NotFound } from '../../components/NotFound'
import { testFault } from '../../fleet/faultHook'
import { PlaceList } from '../../components/PlaceList'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { useNavigation } from '../../navigation/useNavigation'
import { byId, hotlinesFor, locationIdsOf, servicesIn } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { CategoryNotices } from './CategoryNotices'
import { CategoryServices } from './CategoryServices'

/** The nearest few places; "all places" opens the full list for this need. */
const CATEGORY_PLACES = 5

/**
 * One need: its hotline(s) and notices first (a person in crisis should not have to scroll for a
 * number), then where to go, the services, and its FAQs; side by side in landscape. A category with nothing in it says
 * so plainly and still offers the most important hotlines, so there is always a next step.
 */
export function CategoryScreen({ route }: ScreenProps<'category'>) {
  const { t } = useT()
  const { content } = useKiosk()
  const { navigate } = useNavigation()
  const category = byId(content.categories, route.categoryId)
  if (!category) return <NotFound name="category" />
  testFault(category.id)
  const services = servicesIn(content, category.id)
  const notices = content.notices.filter((n) => n.categoryIds?.includes(category.id))
  const own = hotlinesFor(content, category.id)
  const hotlines = own.length > 0 ? own : topHotlines(content.phones, 2)
  const locationIds = locationIdsOf(services)
  const hasFaqs = content.faqs.some((f) => f.categoryIds.includes(category.id))
  const mainEmpty = locationIds.length === 0 && services.length === 0 && !hasFaqs
  const empty = services.length === 0 && notices.length === 0 && own.length === 0

  return (
    <Screen name="category" title={<LocalText value={category.name} />} icon={category.icon}>
      <LocalText value={category.description} as="p" className="lead" />
      {empty && <p className="empty-message">{t('category.empty')}</p>}
      <div className={mainEmpty ? 'category-layout category-layout-single' : 'category-layout'}>
        <div className="category-side">
          {hotlines.length > 0 && (
            <section className="detail-section" aria-labelledby="category-hotlines">
              <h2 id="category-hotlines" className="section-title">
                {t('category.hotlines')}
              </h2>
              <HotlineCardList phones={hotlines} grid />
            </section>
          )}
          <CategoryNotices notices={notices} />
        </div>
        <div className="category-main">
          {locationIds.length > 0 && (
            <section className="detail-section" aria-labelledby="category-places">
              <h2 id="category-places" className="section-title">
                {t('category.places')}
              </h2>
              <PlaceList locationIds={locationIds} page={CATEGORY_PLACES} showMore={false} />
              <button
                type="button"
                className="secondary-button"
                onClick={() => navigate({ name: 'places', categoryId: category.id })}
              >
                <Icon name="pin" />
                <span>{t('category.allPlaces')}</span>
              </button>
            </section>
          )}
          <CategoryServices services={services} />
          {hasFaqs && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => navigate({ name: 'faqs', categoryId: category.id })}
            >
              <Icon name="question" />
              <span>{t('category.faqs')}</span>
            </button>
          )}
        </div>
      </div>
    </Screen>
  )
}
