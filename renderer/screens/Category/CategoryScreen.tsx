import { useTranslation } from 'react-i18next'
import { HotlineCard } from '../../components/HotlineCard'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { NotFound } from '../../components/NotFound'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { useNavigation } from '../../navigation/useNavigation'
import { byId, hotlinesFor, servicesIn } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'

/**
 * One need: its hotline(s) first (a person in crisis should not have to scroll for a number),
 * the services that help, where to go, and the FAQs. An empty category says so and keeps the
 * hotline, so the visitor always has a next step.
 */
export function CategoryScreen({ route }: ScreenProps<'category'>) {
  const { t } = useTranslation()
  const { content } = useKiosk()
  const { navigate } = useNavigation()
  const category = byId(content.categories, route.categoryId)
  if (!category) return <NotFound name="category" />
  const services = servicesIn(content, category.id)
  const hotlines = hotlinesFor(content, category.id)
  const hasFaqs = content.faqs.some((f) => f.categoryIds.includes(category.id))

  return (
    <Screen name="category" title={<LocalText value={category.name} />} icon={category.icon}>
      <LocalText value={category.description} as="p" className="lead" />
      {hotlines.length > 0 && (
        <section className="detail-section" aria-labelledby="category-hotlines">
          <h2 id="category-hotlines" className="section-title">
            {t('category.hotlines')}
          </h2>
          <ul className="card-list">
            {hotlines.map((p) => (
              <li key={p.id}>
                <HotlineCard phone={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="detail-section" aria-labelledby="category-services">
        <h2 id="category-services" className="section-title">
          {t('category.services')}
        </h2>
        {services.length === 0 ? (
          <p className="empty-message">{t('category.empty')}</p>
        ) : (
          <ul className="card-list">
            {services.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="service-card"
                  onClick={() => navigate({ name: 'service', serviceId: s.id })}
                >
                  <span className="service-card-body">
                    <LocalText value={s.name} className="service-card-name" />
                    <LocalText
                      value={s.plainSummary ?? s.summary}
                      className="service-card-summary"
                    />
                  </span>
                  <Icon name="chevron" className="service-card-chevron" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
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
    </Screen>
  )
}
