import { useCallback } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { ContentFreshness } from '../../../common/admin/contentFreshness'
import { useAdminQuery } from '../useAdminQuery'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }

/** "N items past their review date, M due within 30 days" for the content on screen. */
export function FreshnessLine({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const load = useCallback(() => admin.contentFreshness(session), [admin, session])
  const { query } = useAdminQuery<ContentFreshness>(load, onSessionLost)
  // A failed count is left out: the panel around it says whether the host answers.
  if (query.kind !== 'loaded') return null
  const { past, dueSoon } = query.value
  return (
    <p className="body-text" data-content-freshness={`${past}/${dueSoon}`}>
      {t('diagnostics.freshness', { past, dueSoon })}
    </p>
  )
}
