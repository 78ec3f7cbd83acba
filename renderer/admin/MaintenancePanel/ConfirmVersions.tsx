import { useState } from 'react'
import { useTranslation } from 'react-i18next'

type Props = { busy: boolean; onConfirm(): void }

/**
 * After the kiosk's record of installed versions was lost (a disk fault or tampering), packages
 * are refused until an administrator confirms the versions still known; this is that step,
 * behind a confirmation that says what it accepts. The host refuses when there is nothing to
 * confirm, so the button is harmless on a healthy kiosk.
 */
export function ConfirmVersions({ busy, onConfirm }: Props) {
  const { t } = useTranslation('admin')
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <div className="admin-actions">
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => setAsking(true)}
        >
          {t('maintenance.confirmVersions')}
        </button>
      </div>
    )
  }
  return (
    <>
      <p className="body-text">{t('maintenance.confirmVersionsAsk')}</p>
      <div className="admin-actions">
        <button
          type="button"
          className="primary-button"
          disabled={busy}
          onClick={() => {
            setAsking(false)
            onConfirm()
          }}
        >
          {t('maintenance.confirmVersionsYes')}
        </button>
        <button type="button" className="secondary-button" onClick={() => setAsking(false)}>
          {t('pin.cancel')}
        </button>
      </div>
    </>
  )
}
