import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { AdminActionResult, TrustedKeyInfo } from '../../../common/admin/schemas'
import { useAdminQuery } from '../useAdminQuery'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }
type Outcome = { ok: boolean; text: string } | undefined

/**
 * The keys update and settings packages may be signed by: each with where it came from, a
 * button to take a new key from a signed rotation package on a stick, and removal (after a
 * confirmation) of added keys only. The host refuses removing the last key and says why.
 */
export function TrustedKeys({ admin, session, onSessionLost }: Props) {
  const { t } = useTranslation('admin')
  const [outcome, setOutcome] = useState<Outcome>()
  const [confirming, setConfirming] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => admin.listKeys(session), [admin, session])
  const { query, reload } = useAdminQuery<TrustedKeyInfo[]>(load, onSessionLost)
  const keys = query.kind === 'loaded' ? query.value : undefined

  const run = (action: () => Promise<AdminActionResult>, success: string) => {
    setBusy(true)
    setOutcome(undefined)
    action().then(
      (result) => {
        setOutcome(
          result.ok
            ? { ok: true, text: success }
            : { ok: false, text: t('maintenance.failed', { reason: result.reason }) },
        )
        setBusy(false)
        reload()
      },
      () => onSessionLost(),
    )
  }

  return (
    <>
      {outcome && (
        <p
          className={outcome.ok ? 'admin-status' : 'admin-message'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.text}
        </p>
      )}
      <ul className="admin-list" aria-label={t('keys.title')}>
        {keys?.map((k) => (
          <li key={k.keyId} data-key-id={k.keyId}>
            <span className="admin-mono">{k.keyId}</span> {t(`keys.source.${k.source}`)}
            {k.source === 'added' && confirming !== k.keyId && (
              <button
                type="button"
                className="secondary-button"
                disabled={busy}
                onClick={() => setConfirming(k.keyId)}
              >
                {t('keys.remove')}
              </button>
            )}
            {confirming === k.keyId && (
              <>
                <p className="body-text">{t('keys.removeConfirm', { key: k.keyId })}</p>
                <div className="admin-actions">
                  <button
                    type="button"
                    className="primary-button"
                    disabled={busy}
                    onClick={() => {
                      setConfirming(undefined)
                      run(() => admin.removeKey(session, k.keyId), t('keys.removed'))
                    }}
                  >
                    {t('keys.removeYes')}
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
          </li>
        ))}
      </ul>
      <div className="admin-actions">
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => run(() => admin.addKey(session), t('keys.added'))}
        >
          {t('keys.add')}
        </button>
      </div>
    </>
  )
}
