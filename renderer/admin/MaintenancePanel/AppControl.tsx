import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { HostActions } from '../../../common/admin/schemas'
import { useAdminQuery } from '../useAdminQuery'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }
type Action = 'restart' | 'quit'

/**
 * Restarting the kiosk app and exiting to the desktop, each after a confirmation. Shown only
 * where the host says it can (the Electron host); the browser host reports neither, so nothing
 * appears there.
 */
export function AppControl({ admin, session, onSessionLost }: Props) {
  const { t } = useTranslation('admin')
  const load = useCallback(() => admin.hostActions(session), [admin, session])
  const { query } = useAdminQuery<HostActions>(load, onSessionLost)
  const [confirming, setConfirming] = useState<Action | undefined>()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>()
  const [busy, setBusy] = useState(false)

  if (query.kind !== 'loaded') return null
  const offered = (['restart', 'quit'] as const).filter((a) => query.value[a])
  if (offered.length === 0) return null

  const go = (action: Action) => {
    setConfirming(undefined)
    setBusy(true)
    const call = action === 'restart' ? admin.restartApp(session) : admin.quitApp(session)
    call.then(
      (result) => {
        setBusy(false)
        setMessage(
          result.ok
            ? { ok: true, text: t(`app.${action}Done`) }
            : { ok: false, text: t('maintenance.failed', { reason: result.reason }) },
        )
      },
      () => onSessionLost(),
    )
  }

  return (
    <section className="admin-field" aria-labelledby="maintenance-app" data-admin-app-control="">
      <h3 id="maintenance-app" className="admin-subheading">
        {t('app.title')}
      </h3>
      {message && (
        <p
          className={message.ok ? 'admin-status' : 'admin-message'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      {confirming === undefined ? (
        <div className="admin-actions">
          {offered.map((a) => (
            <button
              key={a}
              type="button"
              className="secondary-button"
              disabled={busy}
              onClick={() => setConfirming(a)}
            >
              {t(`app.${a}`)}
            </button>
          ))}
        </div>
      ) : (
        <>
          <p className="body-text">{t(`app.${confirming}Confirm`)}</p>
          <div className="admin-actions">
            <button type="button" className="primary-button" onClick={() => go(confirming)}>
              {t(`app.${confirming}Yes`)}
            </button>
            <button
              type="button"
              className="secondary-button"
              onClick={() => setConfirming(undefined)}
            >
              {t('pin.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
