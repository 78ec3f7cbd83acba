import type { AdminActionResult, HostActions } from '../../../common/admin/schemas'
import type { AuditLog } from './auditLog'

/** What admin mode may do to the app process; only the Electron host has it. */
export interface HostControl {
  /** Start a fresh app process and end this one. */
  restart(): void
  /** End the app (back to the desktop). */
  quit(): void
}

export interface HostActionsDeps {
  /** Throws AdminAuthError unless the session is live. */
  requireSession(session: string): string
  /** Absent on the browser host: then both actions are reported unavailable and refused. */
  hostControl: HostControl | undefined
  audit: AuditLog
  /** Ends every admin session before the app goes away. */
  endSessions(): void
}

const unavailable: AdminActionResult = {
  ok: false,
  reason: 'this host cannot restart or quit the kiosk app',
}

/**
 * Restarting the kiosk app and exiting to the desktop. The audit entry is written (durably)
 * before the app is told to go, so the action is on record even though no reply may arrive.
 */
export function createHostActions(deps: HostActionsDeps) {
  const control = deps.hostControl
  const act = async (
    session: string,
    action: 'app-restarted' | 'app-quit',
    run: (c: HostControl) => void,
  ): Promise<AdminActionResult> => {
    deps.requireSession(session)
    if (!control) return unavailable
    await deps.audit.record(action)
    deps.endSessions()
    run(control)
    return { ok: true }
  }
  return {
    async hostActions(session: string): Promise<HostActions> {
      deps.requireSession(session)
      return { restart: control !== undefined, quit: control !== undefined }
    },
    restartApp: (session: string) => act(session, 'app-restarted', (c) => c.restart()),
    quitApp: (session: string) => act(session, 'app-quit', (c) => c.quit()),
  }
}
