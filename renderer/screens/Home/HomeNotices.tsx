import { useTranslation } from 'react-i18next'
import type { Notice } from '../../../common/content/schema'
import { Icon } from '../../components/Icon'
import { NoticeChip } from '../../components/NoticeChip'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'

/** How many notices home shows before "All notices"; the need tiles must stay above the fold. */
const SHOWN = 2
const SEVERITY_RANK: Record<Notice['severity'], number> = { urgent: 0, warning: 1, info: 2 }

/** The notices in force today, most severe first; nothing at all when there are none. */
export function HomeNotices() {
  const { t } = useTranslation()
  const { content } = useKiosk()
  const { navigate } = useNavigation()
  const notices = [...content.notices].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  )
  if (notices.length === 0) return null
  return (
    <section className="home-notices" aria-labelledby="home-notices-title">
      <h2 id="home-notices-title" className="visually-hidden">
        {t('home.notices')}
      </h2>
      <ul className="notice-strip">
        {notices.slice(0, SHOWN).map((n) => (
          <li key={n.id}>
            <NoticeChip notice={n} />
          </li>
        ))}
        {notices.length > SHOWN && (
          <li>
            <button
              type="button"
              className="notice-chip notice-more"
              onClick={() => navigate({ name: 'notices' })}
            >
              <Icon name="list" />
              <span>{t('home.allNotices')}</span>
            </button>
          </li>
        )}
      </ul>
    </section>
  )
}
