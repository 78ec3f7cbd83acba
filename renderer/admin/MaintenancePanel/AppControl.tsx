import { useCallback, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { HostActions } from '../../../common/admin/schemas'
import { AdminOutcome, ConfirmActions, useAdminAction } from '../AdminAction'
import { useAdminQuery } from '../useAdminQuery'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }
type Action = 'restart' | 'quit'

/**
 * Restarting the kiosk app and exiting to the desktop, each after a confirmation. Shown only
 * where the host says it can (the Electron host); the browser host reports neither, so nothing
 * appears there.
 */
export function AppControl({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const load = useCallback(() => admin.hostActions(session), [admin, session])
  const { query } = useAdminQuery<HostActions>(load, onSessionLost)
  const [confirming, setConfirming] = useState<Action | undefined>()
  const { outcome, busy, run } = useAdminAction(onSessionLost)

  if (query.kind !== 'loaded') return null
  const offered = (['restart', 'quit'] as const).filter((a) => query.value[a])
  if (offered.length === 0) return null

  const go = (action: Action) => {
    setConfirming(undefined)
    const call = () => (action === 'restart' ? admin.restartApp(session) : admin.quitApp(session))
    run(call, t(`app.${action}Done`))
  }

  return (
    <section className="admin-field" aria-labelledby="maintenance-app" data-admin-app-control="">
      <h3 id="maintenance-app" className="admin-subheading">
        {t('app.title')}
      </h3>
      <AdminOutcome outcome={outcome} />
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
        <ConfirmActions
          question={t(`app.${confirming}Confirm`)}
          yes={t(`app.${confirming}Yes`)}
          onYes={() => go(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </section>
  )
}
