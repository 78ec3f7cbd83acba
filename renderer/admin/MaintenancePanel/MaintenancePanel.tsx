import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { ConfigFinding } from '../../../common/admin/schemas'
import { AdminOutcome, useAdminAction, useAdminFailure } from '../AdminAction'
import { AppControl } from './AppControl'
import { ChangePin } from './ChangePin'
import { ConfirmedAction } from './ConfirmedAction'
import { TrustedKeys } from './TrustedKeys'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value))

/**
 * Maintenance for staff: config packages from a stick (each verified, with every change listed
 * before it is applied, or the reason it is refused), going back to the previous content after
 * a confirmation, changing the PIN, and exporting diagnostics to a stick.
 */
export function MaintenancePanel({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const [findings, setFindings] = useState<ConfigFinding[] | undefined>()
  const { outcome, busy, run, setBusy } = useAdminAction(onSessionLost)
  const failure = useAdminFailure(onSessionLost)
  const [findFailed, setFindFailed] = useState<string>()

  const find = () => {
    setBusy(true)
    setFindFailed(undefined)
    admin.findConfigs(session).then(
      (list) => {
        setBusy(false)
        setFindings(list)
      },
      failure((reason) => {
        setBusy(false)
        setFindFailed(t('maintenance.failed', { reason }))
      }),
    )
  }

  return (
    <div className="admin-panel" data-admin-panel="maintenance">
      <AdminOutcome outcome={outcome} />
      <AdminOutcome outcome={findFailed ? { ok: false, text: findFailed } : undefined} />
      <section className="admin-field" aria-labelledby="maintenance-config">
        <h3 id="maintenance-config" className="admin-subheading">
          {t('maintenance.configTitle')}
        </h3>
        <div className="admin-actions">
          <button type="button" className="secondary-button" disabled={busy} onClick={find}>
            {t('maintenance.findConfigs')}
          </button>
        </div>
        {findings?.length === 0 && <p className="body-text">{t('maintenance.noConfigs')}</p>}
        <ul className="admin-list">
          {findings?.map((f) => (
            <li key={f.folder} data-config-folder={f.folder}>
              <p className="admin-mono">{f.folder}</p>
              {f.ok ? (
                <>
                  <p>{t('maintenance.signedBy', { key: f.signerKeyId, date: f.createdAt })}</p>
                  {f.note && <p>{f.note}</p>}
                  <p className="admin-label">{t('maintenance.changes')}</p>
                  <ul className="admin-list">
                    {f.changes.map((c) => (
                      <li key={c.path} className="admin-mono">
                        {c.path}: {show(c.from)} → {show(c.to)}
                      </li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    className="primary-button"
                    disabled={busy}
                    onClick={() =>
                      run(() => admin.applyConfig(session, f.folder), t('maintenance.applied'))
                    }
                  >
                    {t('maintenance.apply')}
                  </button>
                </>
              ) : (
                <p className="admin-message">{t('maintenance.refused', { reason: f.reason })}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="admin-field" aria-labelledby="maintenance-content">
        <h3 id="maintenance-content" className="admin-subheading">
          {t('maintenance.contentTitle')}
        </h3>
        <ConfirmedAction
          label={t('maintenance.rollback')}
          question={t('maintenance.rollbackConfirm')}
          yes={t('maintenance.rollbackYes')}
          busy={busy}
          onConfirm={() => run(() => admin.rollbackContent(session), t('maintenance.rolledBack'))}
        />
        <ConfirmedAction
          label={t('maintenance.confirmVersions')}
          question={t('maintenance.confirmVersionsAsk')}
          yes={t('maintenance.confirmVersionsYes')}
          busy={busy}
          onConfirm={() =>
            run(() => admin.confirmInstalledVersions(session), t('maintenance.versionsConfirmed'))
          }
        />
      </section>
      <section className="admin-field" aria-labelledby="maintenance-pin">
        <h3 id="maintenance-pin" className="admin-subheading">
          {t('maintenance.pinTitle')}
        </h3>
        <ChangePin admin={admin} session={session} onSessionLost={onSessionLost} />
      </section>
      <section className="admin-field" aria-labelledby="maintenance-keys">
        <h3 id="maintenance-keys" className="admin-subheading">
          {t('keys.title')}
        </h3>
        <TrustedKeys admin={admin} session={session} onSessionLost={onSessionLost} />
      </section>
      <section className="admin-field" aria-labelledby="maintenance-export">
        <h3 id="maintenance-export" className="admin-subheading">
          {t('maintenance.exportTitle')}
        </h3>
        <div className="admin-actions">
          <button
            type="button"
            className="secondary-button"
            disabled={busy}
            onClick={() => run(() => admin.exportDiagnostics(session), t('maintenance.exported'))}
          >
            {t('maintenance.export')}
          </button>
        </div>
      </section>
      <AppControl admin={admin} session={session} onSessionLost={onSessionLost} />
    </div>
  )
}
