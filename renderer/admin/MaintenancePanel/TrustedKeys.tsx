import { useCallback, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { TrustedKeyInfo } from '../../../common/admin/schemas'
import { AdminOutcome, ConfirmActions, QueryFailed, useAdminAction } from '../AdminAction'
import { useAdminQuery } from '../useAdminQuery'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }

/**
 * The keys update and settings packages may be signed by: each with where it came from, a
 * button to take a new key from a signed rotation package on a stick, and removal (after a
 * confirmation) of added keys only. The host refuses removing the last key and says why.
 */
export function TrustedKeys({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const [confirming, setConfirming] = useState<string | undefined>()
  const { outcome, busy, run } = useAdminAction(onSessionLost)

  const load = useCallback(() => admin.listKeys(session), [admin, session])
  const { query, reload } = useAdminQuery<TrustedKeyInfo[]>(load, onSessionLost)
  const keys = query.kind === 'loaded' ? query.value : undefined

  if (query.kind === 'failed') return <QueryFailed reason={query.reason} onRetry={reload} />

  return (
    <>
      <AdminOutcome outcome={outcome} />
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
              <ConfirmActions
                question={t('keys.removeConfirm', { key: k.keyId })}
                yes={t('keys.removeYes')}
                busy={busy}
                onYes={() => {
                  setConfirming(undefined)
                  run(() => admin.removeKey(session, k.keyId), t('keys.removed'), reload)
                }}
                onCancel={() => setConfirming(undefined)}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="admin-actions">
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => run(() => admin.addKey(session), t('keys.added'), reload)}
        >
          {t('keys.add')}
        </button>
      </div>
    </>
  )
}
