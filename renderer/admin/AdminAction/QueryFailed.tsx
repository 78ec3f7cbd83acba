import { useT } from '../../i18n/useT'

/** A read that failed for a reason other than the session: said, with a way to try again. */
export function QueryFailed({ reason, onRetry }: { reason: string; onRetry(): void }) {
  const { t } = useT('admin')
  return (
    <div className="admin-field">
      <p className="admin-message" role="alert">
        {reason}
      </p>
      <div className="admin-actions">
        <button type="button" className="secondary-button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      </div>
    </div>
  )
}
