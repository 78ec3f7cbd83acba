import { statfs } from 'node:fs/promises'
import { join } from 'node:path'
import { KioskApiError } from '../../../common/api/errors'
import {
  settingsPatchSchema,
  type AdminSession,
  type AdminActionResult,
  type AdminLoginResult,
  type AdminSettingsResult,
  type AdminStatus,
  type AuditEntry,
  type ConfigFinding,
  type Diagnostics,
  type HostActions,
  type TrustedKeyInfo,
} from '../../../common/admin/schemas'
import { countFreshness, type ContentFreshness } from '../../../common/admin/contentFreshness'
import type { AppInfo, ContentSnapshot } from '../../../common/api/kioskApi'
import { chinaDay } from '../../../common/domain/chinaTime'
import type { UpdateLogEntry } from '../../../common/update/updateStatus'
import type { Clock } from '../clock'
import type { ErrorLogEntry } from '../logger/errorLog'
import type { Logger } from '../logger/logger'
import type { SettingsService } from '../settingsService'
import type { SignatureKeys } from '../updates/signature'
import { describeProblems } from '../zodProblems'
import { ADMIN_IDLE_MS, createAdminSessions, type AdminSessions } from './adminSessions'
import { openAuditLog, type AuditLog } from './auditLog'
import { createConfigActions } from './configActions'
import { configMarkFiles, openConfigMark } from './configMark'
import { buildDiagnostics } from './diagnostics'
import { createHostActions, type HostControl } from './hostActions'
import { createKeyActions } from './keyActions'
import { exportDiagnostics, listConfigPackages } from './maintenance'
import { openPinGuard, type PinGuard, type PinOutcome } from './pinGuard'
import type { ScryptParams } from './pinHash'
import { pinMarkerFiles } from './pinMarker'

/** A call that needs an admin session came without a live one; hosts answer 401. */
export class AdminAuthError extends KioskApiError {
  constructor(message = 'an admin session is required (sign in with the PIN)') {
    super('no-session', message)
    this.name = 'AdminAuthError'
  }
}

/** Administration over the kiosk: PIN entry, the admin session, settings, health and audit log. */
/**
 * Sessions arrive parsed (the hosts check them against `adminSessionSchema` at the boundary);
 * the service checks only whether one is live.
 */
export interface AdminService {
  status(): Promise<AdminStatus>
  /** First start only: sets the PIN and opens a session. */
  setFirstPin(pin: string): Promise<AdminLoginResult>
  login(pin: string): Promise<AdminLoginResult>
  /**
   * A staff action's PIN check (`purpose`, e.g. "install"): the same PIN under the same throttle,
   * audited as a staff PIN check; it opens and ends no admin session.
   */
  checkStaffPin(
    pin: string,
    purpose: string,
  ): Promise<{ ok: true } | { ok: false; message: string }>
  logout(session: AdminSession): Promise<void>
  /** Replaces the PIN inside a session; the session stays open. */
  changePin(session: AdminSession, pin: string): Promise<AdminActionResult>
  updateSettings(session: AdminSession, patch: unknown): Promise<AdminSettingsResult>
  diagnostics(session: AdminSession): Promise<Diagnostics>
  /** Items past their review date or due within 30 days, counted on the host's China day. */
  contentFreshness(session: AdminSession): Promise<ContentFreshness>
  auditLog(session: AdminSession): Promise<AuditEntry[]>
  /** First start only: the PIN (and settings) from a signed provisioning package on a stick. */
  provision(): Promise<AdminActionResult>
  /** Resolves when `session` is live (and counts as activity); rejects with AdminAuthError. */
  checkSession(session: AdminSession): Promise<void>
  /** Config packages on sticks and in watched folders, each verified: changes or the refusal. */
  findConfigs(session: AdminSession): Promise<ConfigFinding[]>
  /** Applies a package listed by `findConfigs` (verified again first). */
  applyConfig(session: AdminSession, folder: string): Promise<AdminActionResult>
  /** Makes the previous content slot active again. */
  rollbackContent(session: AdminSession): Promise<AdminActionResult>
  /** Accepts the installed versions after their record was lost, so installs resume (audited). */
  confirmInstalledVersions(session: AdminSession): Promise<AdminActionResult>
  /** Writes diagnostics and the update log to every stick present. */
  exportDiagnostics(session: AdminSession): Promise<AdminActionResult>
  /** The trusted keys, each shipped or added. */
  listKeys(session: AdminSession): Promise<TrustedKeyInfo[]>
  /** Adds the key of a rotation package signed by an already trusted key (audit-logged). */
  addKey(session: AdminSession): Promise<AdminActionResult>
  /** Removes an added key; never a shipped one or the last trusted one (audit-logged). */
  removeKey(session: AdminSession, keyId: string): Promise<AdminActionResult>
  /** Whether restart / quit are available (Electron host only). */
  hostActions(session: AdminSession): Promise<HostActions>
  /** Audits, ends the sessions, then restarts the app; refused without host control. */
  restartApp(session: AdminSession): Promise<AdminActionResult>
  /** Audits, ends the sessions, then quits to the desktop; refused without host control. */
  quitApp(session: AdminSession): Promise<AdminActionResult>
  /** Ends any admin session (host shutdown). */
  endSessions(): void
}

export interface AdminServiceDeps {
  dataDir: string
  settings: SettingsService
  content: { get(): Promise<ContentSnapshot> }
  app: { info(): Promise<AppInfo> }
  errors: { entries(): ErrorLogEntry[] }
  clock: Clock
  /** The update log's entries, oldest first; absent where no updates are kept. */
  updateAttempts?: () => Promise<readonly UpdateLogEntry[]>
  log: Logger
  /** Sticks and watched folders that may hold config packages, now; default none. */
  sources?: () => Promise<string[]>
  /** USB sticks present now, for exports; default none. */
  sticks?: () => Promise<string[]>
  /** The keys a config package may be signed by. */
  signatureKeys?: () => Promise<SignatureKeys>
  /** The app's resources folder, whose `keys/` holds the keys shipped with the build. */
  resourcesDir?: string
  /** Restart / quit of the app process; only the Electron host passes it. */
  hostControl?: HostControl
  /** Switches back to the previous content slot (the update service's undo) and reloads. */
  rollback?: () => Promise<{ ok: true } | { ok: false; reason: string }>
  /** Confirms the installed versions after their record was lost (the update service's). */
  confirmVersions?: () => Promise<{ ok: true; detail: string } | { ok: false; reason: string }>
  /** Real time for throttling and session expiry (tests pass their own). */
  now?: () => number
  idleMs?: number
  scrypt?: ScryptParams
  /** The installer let a brand-new kiosk take its first PIN on screen (`KIOSK_FIRST_PIN_ON_SCREEN=1`). */
  firstPinOnScreen?: boolean
  /** Holds back "locked" answers; tests pass one that does not wait. */
  pause?: (ms: number) => Promise<unknown>
}

export const adminFiles = (dataDir: string) => ({
  pin: join(dataDir, 'admin', 'pin.json'),
  audit: join(dataDir, 'admin', 'audit.json'),
})

/** Top-level and nested field names a patch touches, for the audit log (values are not kept). */
function changedFields(patch: unknown, prefix = ''): string[] {
  const parsed = settingsPatchSchema.safeParse(patch)
  if (!parsed.success) return []
  return Object.entries(parsed.data).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    const nested = settingsPatchSchema.safeParse(value)
    return nested.success && Object.keys(nested.data).length > 0
      ? changedFields(value, path)
      : [path]
  })
}

/**
 * Opens the admin service over `<dataDir>/admin/`: the throttled PIN, in-memory sessions that
 * expire after two idle minutes, and a durable audit log. Every call that reads or changes
 * anything needs a live session (AdminAuthError otherwise); the PIN never reaches a log.
 */
export async function createAdminService(deps: AdminServiceDeps): Promise<AdminService> {
  const files = adminFiles(deps.dataDir)
  const now = deps.now ?? Date.now
  const storeOptions = { log: deps.log }
  const pins: PinGuard = await openPinGuard(files.pin, {
    ...storeOptions,
    now,
    scrypt: deps.scrypt,
    markerFiles: pinMarkerFiles(deps.dataDir),
    firstPinOnScreen: deps.firstPinOnScreen === true,
    ...(deps.pause ? { pause: deps.pause } : {}),
  })
  const audit: AuditLog = await openAuditLog(files.audit, storeOptions)
  const idleMs = deps.idleMs ?? ADMIN_IDLE_MS
  const startedAt = now()
  const sessions: AdminSessions = createAdminSessions({
    idleMs,
    now,
    onExpire: () => void audit.record('session-expired').catch(() => undefined),
  })

  /** The live session's token; throws AdminAuthError for anything else. */
  function requireSession(session: AdminSession): string {
    if (!sessions.touch(session)) throw new AdminAuthError()
    return session
  }

  function loginResult(outcome: PinOutcome): AdminLoginResult {
    if (!outcome.ok) return outcome
    return { ok: true, session: sessions.open(), idleSeconds: Math.round(idleMs / 1000) }
  }

  const sources = deps.sources ?? (async () => [])
  const sticks = deps.sticks ?? (async () => [])
  const noKeys = async (): Promise<SignatureKeys> => ({ trusted: [], revoked: new Set() })
  const signatureKeys = deps.signatureKeys ?? noKeys

  async function diagnostics(): Promise<Diagnostics> {
    const [info, snapshot, updateAttempts, disk] = await Promise.all([
      deps.app.info(),
      deps.content.get(),
      deps.updateAttempts ? deps.updateAttempts().catch(() => []) : Promise.resolve([]),
      statfs(deps.dataDir).catch(() => undefined),
    ])
    return buildDiagnostics({
      info,
      snapshot,
      now: deps.clock.now(),
      uptimeSeconds: (now() - startedAt) / 1000,
      ...(disk ? { freeDiskBytes: disk.bavail * disk.bsize } : {}),
      errors: deps.errors.entries(),
      updateAttempts,
    })
  }

  const configMark = openConfigMark(configMarkFiles(deps.dataDir), deps.log)
  const configs = createConfigActions({
    sources,
    signatureKeys,
    settings: deps.settings,
    pins,
    audit,
    mark: configMark,
  })

  const keyActions = createKeyActions({
    requireSession,
    signatureKeys,
    sources,
    audit,
    dirs: { dataDir: deps.dataDir, resourcesDir: deps.resourcesDir },
  })

  return {
    status: async () => pins.status(),
    async setFirstPin(pin) {
      const outcome = await pins.setFirstPin(pin)
      if (outcome.ok) await audit.record('pin-set')
      return loginResult(outcome)
    },
    async login(pin) {
      const outcome = await pins.attempt(pin)
      if (outcome.ok) await audit.record('login')
      else if (outcome.reason === 'wrong-pin' || outcome.reason === 'locked') {
        const { failures, retryAfterSeconds } = outcome.status
        // Coalesced by reason: a flood of guesses is one entry with a count.
        await audit.record(
          'login-refused',
          `${outcome.reason}; failures ${failures}, locked ${retryAfterSeconds} s`,
          outcome.reason,
        )
      }
      return loginResult(outcome)
    },
    async checkStaffPin(pin, purpose) {
      const outcome = await pins.attempt(pin)
      if (outcome.ok) {
        await audit.record('staff-pin-accepted', `for ${purpose}`)
        return { ok: true }
      }
      if (outcome.reason === 'wrong-pin' || outcome.reason === 'locked') {
        const { failures, retryAfterSeconds } = outcome.status
        // Coalesced by purpose and reason, like login refusals: a flood of wrong PINs at the
        // install dialog is one counted entry and cannot push out what administrators did.
        await audit.record(
          'staff-pin-refused',
          `for ${purpose}: ${outcome.reason}; failures ${failures}, locked ${retryAfterSeconds} s`,
          `${purpose}:${outcome.reason}`,
        )
      }
      return { ok: false, message: outcome.message }
    },
    async logout(session) {
      if (sessions.end(session)) await audit.record('logout')
    },
    async changePin(session, pin) {
      requireSession(session)
      const outcome = await pins.changePin(pin)
      if (!outcome.ok) return { ok: false, reason: outcome.message }
      await audit.record('pin-changed')
      return { ok: true }
    },
    async updateSettings(session, patch) {
      requireSession(session)
      const result = await deps.settings.update(patch)
      if (result.ok) await audit.record('settings-changed', changedFields(patch).join(', '))
      else await audit.record('settings-refused', describeProblems(result.problems))
      return result
    },
    async diagnostics(session) {
      requireSession(session)
      return diagnostics()
    },
    async contentFreshness(session) {
      requireSession(session)
      const snapshot = await deps.content.get()
      return countFreshness(snapshot.content, chinaDay(deps.clock.now()))
    },
    async auditLog(session) {
      requireSession(session)
      return audit.entries()
    },
    provision: () => configs.provision(),
    async checkSession(session) {
      requireSession(session)
    },
    async findConfigs(session) {
      requireSession(session)
      const [roots, keys, current, applied] = await Promise.all([
        sources(),
        signatureKeys(),
        deps.settings.get(),
        configMark.read(),
      ])
      return listConfigPackages(roots, keys, current, applied)
    },
    async applyConfig(session, folder) {
      requireSession(session)
      return configs.apply(folder)
    },
    async rollbackContent(session) {
      requireSession(session)
      if (!deps.rollback) return { ok: false, reason: 'this kiosk keeps no previous content' }
      const result = await deps.rollback()
      if (result.ok) await audit.record('content-rolled-back')
      else await audit.record('rollback-refused', result.reason)
      return result
    },
    async confirmInstalledVersions(session) {
      requireSession(session)
      if (!deps.confirmVersions) return { ok: false, reason: 'this kiosk installs no packages' }
      const result = await deps.confirmVersions()
      if (result.ok) await audit.record('versions-confirmed', result.detail)
      else await audit.record('versions-confirm-refused', result.reason)
      return result
    },
    async exportDiagnostics(session) {
      requireSession(session)
      const roots = await sticks()
      if (roots.length === 0) return { ok: false, reason: 'no USB stick found' }
      const [report, current] = await Promise.all([diagnostics(), deps.settings.get()])
      const log = deps.updateAttempts ? await deps.updateAttempts().catch(() => []) : []
      const out = await exportDiagnostics(roots, {
        kioskId: current.kioskId,
        at: new Date(now()),
        diagnostics: report,
        updateLog: log,
      })
      if (out.written.length === 0) return { ok: false, reason: out.problems.join('; ') }
      await audit.record('diagnostics-exported', out.written.join(', '))
      return { ok: true, detail: out.written.join(', ') }
    },
    ...keyActions,
    ...createHostActions({
      requireSession,
      hostControl: deps.hostControl,
      audit,
      endSessions: () => sessions.endAll(),
    }),
    endSessions: () => sessions.endAll(),
  }
}
