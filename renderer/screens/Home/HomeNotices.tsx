import { useT } from '../../i18n/useT'
import type { Notice } from '../../../common/content/schema'
import { NoticeChip } from '../../components/NoticeChip'
import { useKiosk } from '../../state/useKiosk'

/** How many notices home shows; more are one tap away on an "All notices" tile. */
export const HOME_NOTICE_COUNT = 2
const SEVERITY_RANK: Record<Notice['severity'], number> = { urgent: 0, warning: 1, info: 2 }

/** The notices in force today, most severe first; nothing at all when there are none. */
export function HomeNotices() {
  const { t } = useT()
  const { content } = useKiosk()
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
        {notices.slice(0, HOME_NOTICE_COUNT).map((n) => (
          <li key={n.id}>
            <NoticeChip notice={n} />
          </li>
        ))}
      </ul>
    </section>
  )
}
