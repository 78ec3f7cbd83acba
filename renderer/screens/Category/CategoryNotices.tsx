import { useT } from '../../i18n/useT'
import type { Notice } from '../../../common/content/schema'
import { NoticeChip } from '../../components/NoticeChip'

/** The notices in force for one need (e.g. the health notice), each opening its own page. */
export function CategoryNotices({ notices }: { notices: readonly Notice[] }) {
  const { t } = useT()
  if (notices.length === 0) return null
  return (
    <section className="detail-section" aria-labelledby="category-notices">
      <h2 id="category-notices" className="section-title">
        {t('home.notices')}
      </h2>
      <ul className="notice-strip">
        {notices.map((n) => (
          <li key={n.id}>
            <NoticeChip notice={n} />
          </li>
        ))}
      </ul>
    </section>
  )
}
