import { useCallback, useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import { useKeypad } from '../../keypad/useKeypad'
import { useKiosk } from '../../state/useKiosk'
import { AuditPanel } from '../AuditPanel'
import { DiagnosticsPanel } from '../DiagnosticsPanel'
import { MaintenancePanel } from '../MaintenancePanel'
import { SettingsPanel } from '../SettingsPanel'
import { StatsPanel } from '../stats/StatsPanel'
import { PinEntry } from './PinEntry'
import { useAdminIdle } from './useAdminIdle'

/** Until the host says otherwise (its login reply), admin mode closes after 2 idle minutes. */
const DEFAULT_IDLE_SECONDS = 120
const TABS = ['settings', 'diagnostics', 'maintenance', 'audit', 'stats'] as const
type Tab = (typeof TABS)[number]
type Session = { token: string; idleSeconds: number }

/**
 * Admin mode: the PIN pad, then settings, diagnostics and the audit log. It closes itself after
 * the idle time, on Escape or the exit button, and if the visitor session is reset; closing
 * always ends the host session too. A refused protected call (the host's session expired) goes
 * back to the PIN pad with a note.
 */
export function AdminMode({ admin, onClose }: { admin: AdminApi; onClose(): void }) {
  const { t } = useT('admin')
  const kiosk = useKiosk()
  const [session, setSession] = useState<Session | undefined>()
  const [notice, setNotice] = useState<string | undefined>()
  const [tab, setTab] = useState<Tab>('settings')
  const sessionRef = useRef<Session | undefined>(undefined)
  const openedIn = useRef(kiosk.sessionId)
  const { resetSession } = kiosk

  const close = useCallback(() => {
    const token = sessionRef.current?.token
    sessionRef.current = undefined
    if (token) admin.logout(token).catch(() => undefined)
    onClose()
    resetSession()
  }, [admin, onClose, resetSession])

  const sessionLost = useCallback(() => {
    sessionRef.current = undefined
    setSession(undefined)
    setNotice(t('pin.sessionEnded'))
  }, [t])

  useAdminIdle((session?.idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000, close)
  useKeypad(close)
  useEffect(() => {
    if (kiosk.sessionId !== openedIn.current) close()
  }, [kiosk.sessionId, close])

  return (
    <div className="admin-mode" data-admin-mode={session ? 'console' : 'pin'}>
      <header className="admin-header">
        <h1 className="screen-title" tabIndex={-1}>
          {t('title')}
        </h1>
        <button type="button" className="secondary-button" onClick={close}>
          {t('exit')}
        </button>
      </header>
      {!session ? (
        <PinEntry
          admin={admin}
          notice={notice}
          onCancel={close}
          onSignedIn={(token, idleSeconds) => {
            sessionRef.current = { token, idleSeconds }
            setSession({ token, idleSeconds })
            setNotice(undefined)
          }}
        />
      ) : (
        <>
          <div className="admin-tabs" role="tablist" aria-label={t('tabs.label')}>
            {TABS.map((name) => (
              <button
                key={name}
                id={`admin-tab-${name}`}
                type="button"
                role="tab"
                className="bar-button"
                aria-selected={tab === name}
                aria-controls="admin-tabpanel"
                onClick={() => setTab(name)}
              >
                {t(`tabs.${name}`)}
              </button>
            ))}
          </div>
          <div id="admin-tabpanel" role="tabpanel" aria-labelledby={`admin-tab-${tab}`}>
            {tab === 'settings' && (
              <SettingsPanel admin={admin} session={session.token} onSessionLost={sessionLost} />
            )}
            {tab === 'diagnostics' && (
              <DiagnosticsPanel admin={admin} session={session.token} onSessionLost={sessionLost} />
            )}
            {tab === 'maintenance' && (
              <MaintenancePanel admin={admin} session={session.token} onSessionLost={sessionLost} />
            )}
            {tab === 'audit' && (
              <AuditPanel admin={admin} session={session.token} onSessionLost={sessionLost} />
            )}
            {tab === 'stats' && <StatsPanel session={session.token} onSessionLost={sessionLost} />}
          </div>
        </>
      )}
    </div>
  )
}
