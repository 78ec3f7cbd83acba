import { useT } from '../../i18n/useT'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import { refusalKey } from '../refusalText'

type Props = { status: Extract<UpdateStatus, { state: 'checking' | 'refused' }> }

/**
 * A small note for staff while a stick is checked or after one was refused (it goes when the
 * stick is pulled out). It never takes focus and lets taps through, so a visitor in the middle
 * of a journey carries on as if nothing happened.
 */
export function UpdateIndicator({ status }: Props) {
  const { t } = useT('staff')
  return (
    <aside
      className="staff-indicator"
      aria-label={t('indicator.label')}
      data-update-state={status.state}
    >
      {status.state === 'checking' ? (
        <p>{t('indicator.checking')}</p>
      ) : (
        <p>
          <strong>{t('indicator.refused')}</strong> {t(refusalKey(status.code))}
          <span className="staff-detail">{status.reason}</span>
        </p>
      )}
    </aside>
  )
}
