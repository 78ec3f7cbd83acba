import { useT } from '../../i18n/useT'
import { LocalText } from '../../components/LocalText'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { byId } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { FaqItem } from './FaqItem'
import { groupFaqs } from './groupFaqs'
import './FaqsScreen.css'

/**
 * Questions and answers under their needs (only one need's when the route names it); answers
 * open with a tap, never on hover, and several may be open at once.
 */
export function FaqsScreen({ route }: ScreenProps<'faqs'>) {
  const { t } = useT('places')
  const { content } = useKiosk()
  const category = byId(content.categories, route.categoryId)
  const groups = groupFaqs(content, category?.id)
  return (
    <Screen name="faqs" title={t('faqs.title')} icon="question">
      {groups.length === 0 && <p className="empty-message">{t('faqs.empty')}</p>}
      {groups.map((group) => {
        const key = group.category?.id ?? 'other'
        return (
          <section key={key} className="detail-section" aria-labelledby={`faqs-${key}`}>
            <h2 id={`faqs-${key}`} className="section-title">
              {group.category ? <LocalText value={group.category.name} /> : t('faqs.other')}
            </h2>
            <ul className="faq-list">
              {group.faqs.map((faq) => (
                <li key={faq.id}>
                  <FaqItem faq={faq} idPrefix={key} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </Screen>
  )
}
