import { useCallback } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { AuditEntry } from '../../../common/admin/schemas'
import { QueryFailed } from '../AdminAction'
import { useAdminQuery } from '../useAdminQuery'
import { chinaMinute } from '../../../common/domain/chinaTime'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }

/** `2026-03-01 16:05` in China time, the kiosk's own region, whatever the browser's zone. */
export const chinaTime = chinaMinute

/** What was done in admin mode and when, newest first, as the host recorded it durably. */
export function AuditPanel({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const load = useCallback(() => admin.auditLog(session), [admin, session])
  const { query, reload } = useAdminQuery<AuditEntry[]>(load, onSessionLost)
  if (query.kind === 'loading') return <p className="body-text">{t('diagnostics.loading')}</p>
  if (query.kind === 'failed') return <QueryFailed reason={query.reason} onRetry={reload} />
  if (query.value.length === 0) return <p className="body-text">{t('audit.empty')}</p>
  return (
    <table className="admin-panel admin-table" data-admin-panel="audit">
      <thead>
        <tr>
          <th scope="col">
            {t('audit.when')} ({t('audit.timeZone')})
          </th>
          <th scope="col">{t('audit.what')}</th>
          <th scope="col">{t('audit.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {query.value.map((entry, i) => (
          <tr key={`${entry.at}:${i}`}>
            <td className="admin-mono admin-nowrap">
              <time dateTime={entry.at}>{chinaTime(entry.at)}</time>
            </td>
            <td>{t(`audit.actions.${entry.action}`)}</td>
            <td>
              {entry.detail ?? ''}
              {entry.count ? ` ×${entry.count}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
