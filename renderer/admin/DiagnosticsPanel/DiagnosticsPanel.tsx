import { useCallback, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { Diagnostics } from '../../../common/admin/schemas'
import { QueryFailed } from '../AdminAction'
import { useKiosk } from '../../state/useKiosk'
import { PrinterCheck } from '../PrinterAdmin'
import { useAdminQuery } from '../useAdminQuery'
import { FreshnessLine } from './FreshnessLine'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="admin-dl-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/**
 * The kiosk's health for staff: versions, where the content came from and who signed it,
 * items hidden today, recent update attempts and errors, uptime, and a clear warning when the
 * clock cannot be right (before the content was published, or implausibly old).
 */
export function DiagnosticsPanel({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const { settings } = useKiosk()
  const load = useCallback(() => admin.diagnostics(session), [admin, session])
  const { query, reload } = useAdminQuery<Diagnostics>(load, onSessionLost)
  if (query.kind === 'loading') return <p className="body-text">{t('diagnostics.loading')}</p>
  if (query.kind === 'failed') return <QueryFailed reason={query.reason} onRetry={reload} />
  const d = query.value
  const clockText =
    d.clock.warning === 'before-content'
      ? t('diagnostics.clockBeforeContent')
      : d.clock.warning === 'implausibly-old'
        ? t('diagnostics.clockTooOld')
        : t('diagnostics.clockOk')
  return (
    <div className="admin-panel" data-admin-panel="diagnostics">
      {d.clock.warning && (
        <p className="admin-message" role="alert" data-clock-warning={d.clock.warning}>
          {clockText}
        </p>
      )}
      <PrinterCheck session={session} onSessionLost={onSessionLost} />
      <dl className="admin-dl">
        <Row label={t('diagnostics.appVersion')}>{d.appVersion}</Row>
        <Row label={t('diagnostics.speechOutput')}>
          <span data-speech-output={settings.speechOutput}>
            {settings.speechOutput === 'loudspeaker'
              ? t('diagnostics.speechLoudspeaker')
              : settings.speechDeviceId === undefined
                ? t('diagnostics.speechNoDevice')
                : t('diagnostics.speechHeadphones', { device: settings.speechDeviceId })}
          </span>
        </Row>
        <Row label={t('diagnostics.host')}>{d.host}</Row>
        <Row label={t('diagnostics.dataset')}>{d.content.datasetId}</Row>
        <Row label={t('diagnostics.contentVersion')}>{d.content.contentVersion}</Row>
        <Row label={t('diagnostics.contentSource')}>
          {t(`diagnostics.source.${d.content.source}`)}
        </Row>
        <Row label={t('diagnostics.signer')}>
          <span className="admin-mono">{d.content.signer ?? t('diagnostics.noSigner')}</span>
        </Row>
        <Row label={t('diagnostics.publishedAt')}>{d.content.publishedAt}</Row>
        <Row label={t('diagnostics.sample')}>
          {d.content.sample ? t('diagnostics.yes') : t('diagnostics.no')}
        </Row>
        <Row label={t('diagnostics.uptime')}>
          {t('diagnostics.uptimeValue', {
            hours: Math.floor(d.uptimeSeconds / 3600),
            minutes: Math.floor((d.uptimeSeconds % 3600) / 60),
          })}
        </Row>
        {d.freeDiskBytes !== undefined && (
          <Row label={t('diagnostics.freeDisk')}>
            {t('diagnostics.freeDiskValue', { gb: (d.freeDiskBytes / 1e9).toFixed(1) })}
          </Row>
        )}
        <Row label={t('diagnostics.clock')}>
          <span className="admin-mono">{d.clock.now}</span>{' '}
          {d.clock.overridden ? t('diagnostics.clockOverridden') : clockText}
        </Row>
      </dl>
      <FreshnessLine admin={admin} session={session} onSessionLost={onSessionLost} />
      <h3 className="admin-subheading">{t('diagnostics.hiddenItems')}</h3>
      {d.hiddenItems.length === 0 ? (
        <p className="body-text">{t('diagnostics.noHiddenItems')}</p>
      ) : (
        <ul className="admin-list">
          {d.hiddenItems.map((item) => (
            <li key={`${item.kind}:${item.id}`} className="admin-mono">
              {item.kind} {item.id} — {item.reason}
              {item.validUntil ? ` (${item.validUntil})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3 className="admin-subheading">{t('diagnostics.updateAttempts')}</h3>
      {d.updateAttempts.length === 0 ? (
        <p className="body-text">{t('diagnostics.noUpdates')}</p>
      ) : (
        <ul className="admin-list">
          {d.updateAttempts.map((u) => (
            <li key={`${u.at}:${u.source}`}>
              <span className="admin-mono">{u.at}</span> {u.outcome} — {u.reason}
            </li>
          ))}
        </ul>
      )}
      <h3 className="admin-subheading">{t('diagnostics.recentErrors')}</h3>
      {d.recentErrors.length === 0 ? (
        <p className="body-text">{t('diagnostics.noErrors')}</p>
      ) : (
        <ul className="admin-list">
          {d.recentErrors.map((e, i) => (
            <li key={`${e.at}:${i}`}>
              <span className="admin-mono">{e.at}</span> [{e.level}] {e.area}: {e.message}
            </li>
          ))}
        </ul>
      )}
      <div className="admin-actions">
        <button type="button" className="secondary-button" onClick={reload}>
          {t('diagnostics.refresh')}
        </button>
      </div>
    </div>
  )
}
