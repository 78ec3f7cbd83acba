import { z } from 'zod'
import {
  adminActionResultSchema,
  adminLoginResultSchema,
  adminSessionSchema,
  adminSettingsResultSchema,
  adminStatusSchema,
  auditEntrySchema,
  configFindingSchema,
  diagnosticsSchema,
  emptyBodySchema,
  pinEntrySchema,
  settingsPatchSchema,
  trustedKeyInfoSchema,
  hostActionsSchema,
  type AdminActionResult,
  type AdminLoginResult,
  type AdminSettingsResult,
  type AdminStatus,
  type AuditEntry,
  type ConfigFinding,
  type Diagnostics,
  type TrustedKeyInfo,
  type HostActions,
} from './schemas'

/**
 * The administrator's part of the KioskApi. Everything except `status`, `setFirstPin` and `login`
 * needs the session token a successful PIN entry returned; without a live one the host refuses
 * (the promise rejects). Settings problems are answered, not thrown: each names its field.
 */
export interface AdminApi {
  status(): Promise<AdminStatus>
  /** First start only: there is no factory PIN, so the kiosk asks for one. */
  setFirstPin(pin: string): Promise<AdminLoginResult>
  login(pin: string): Promise<AdminLoginResult>
  /** First start only: take the PIN from a signed provisioning package on a stick. */
  provision(): Promise<AdminActionResult>
  logout(session: string): Promise<void>
  updateSettings(session: string, patch: Record<string, unknown>): Promise<AdminSettingsResult>
  diagnostics(session: string): Promise<Diagnostics>
  auditLog(session: string): Promise<AuditEntry[]>
  /** Replaces the PIN (at least 6 digits); the session stays open. */
  changePin(session: string, pin: string): Promise<AdminActionResult>
  /** Config packages on sticks and in watched folders, each with its changes or refusal. */
  findConfigs(session: string): Promise<ConfigFinding[]>
  /** Applies one package `findConfigs` listed (the host verifies it again first). */
  applyConfig(session: string, folder: string): Promise<AdminActionResult>
  /** Back to the previous content slot. */
  rollbackContent(session: string): Promise<AdminActionResult>
  /** Diagnostics and the update log onto the USB sticks present. */
  exportDiagnostics(session: string): Promise<AdminActionResult>
  /** The keys packages may be signed by, each shipped or added. */
  listKeys(session: string): Promise<TrustedKeyInfo[]>
  /** Adds the key of a rotation package (`KIOSK-KEY/`) signed by an already trusted key. */
  addKey(session: string): Promise<AdminActionResult>
  /** Removes an added key; refused for shipped keys and for the last trusted key. */
  removeKey(session: string, keyId: string): Promise<AdminActionResult>
  /** Whether this host can restart the app / quit to the desktop (Electron only). */
  hostActions(session: string): Promise<HostActions>
  /** Restarts the kiosk app; the session ends. Refused where `hostActions` says unavailable. */
  restartApp(session: string): Promise<AdminActionResult>
  /** Quits to the desktop; the session ends. Refused where `hostActions` says unavailable. */
  quitApp(session: string): Promise<AdminActionResult>
}

const pinArg = z.string().max(64)
const folderArg = z.string().min(1).max(4096)
const keyIdArg = trustedKeyInfoSchema.shape.keyId

/** IPC channels of the admin area: arguments checked in the main process, replies in the preload. */
export const adminChannels = {
  status: { channel: 'kiosk:admin:status', args: z.tuple([]), result: adminStatusSchema },
  setFirstPin: {
    channel: 'kiosk:admin:set-pin',
    args: z.tuple([pinArg]),
    result: adminLoginResultSchema,
  },
  login: { channel: 'kiosk:admin:login', args: z.tuple([pinArg]), result: adminLoginResultSchema },
  provision: {
    channel: 'kiosk:admin:provision',
    args: z.tuple([]),
    result: adminActionResultSchema,
  },
  logout: { channel: 'kiosk:admin:logout', args: z.tuple([adminSessionSchema]), result: z.null() },
  updateSettings: {
    channel: 'kiosk:admin:settings-update',
    args: z.tuple([adminSessionSchema, settingsPatchSchema]),
    result: adminSettingsResultSchema,
  },
  diagnostics: {
    channel: 'kiosk:admin:diagnostics',
    args: z.tuple([adminSessionSchema]),
    result: diagnosticsSchema,
  },
  auditLog: {
    channel: 'kiosk:admin:audit',
    args: z.tuple([adminSessionSchema]),
    result: z.array(auditEntrySchema),
  },
  changePin: {
    channel: 'kiosk:admin:pin-change',
    args: z.tuple([adminSessionSchema, pinArg]),
    result: adminActionResultSchema,
  },
  findConfigs: {
    channel: 'kiosk:admin:config-find',
    args: z.tuple([adminSessionSchema]),
    result: z.array(configFindingSchema),
  },
  applyConfig: {
    channel: 'kiosk:admin:config-apply',
    args: z.tuple([adminSessionSchema, folderArg]),
    result: adminActionResultSchema,
  },
  rollbackContent: {
    channel: 'kiosk:admin:content-rollback',
    args: z.tuple([adminSessionSchema]),
    result: adminActionResultSchema,
  },
  exportDiagnostics: {
    channel: 'kiosk:admin:diagnostics-export',
    args: z.tuple([adminSessionSchema]),
    result: adminActionResultSchema,
  },
  listKeys: {
    channel: 'kiosk:admin:keys-list',
    args: z.tuple([adminSessionSchema]),
    result: z.array(trustedKeyInfoSchema),
  },
  addKey: {
    channel: 'kiosk:admin:keys-add',
    args: z.tuple([adminSessionSchema]),
    result: adminActionResultSchema,
  },
  removeKey: {
    channel: 'kiosk:admin:keys-remove',
    args: z.tuple([adminSessionSchema, keyIdArg]),
    result: adminActionResultSchema,
  },
  hostActions: {
    channel: 'kiosk:admin:host-actions',
    args: z.tuple([adminSessionSchema]),
    result: hostActionsSchema,
  },
  restartApp: {
    channel: 'kiosk:admin:app-restart',
    args: z.tuple([adminSessionSchema]),
    result: adminActionResultSchema,
  },
  quitApp: {
    channel: 'kiosk:admin:app-quit',
    args: z.tuple([adminSessionSchema]),
    result: adminActionResultSchema,
  },
} as const
export type AdminChannelKey = keyof typeof adminChannels

/** The browser host's admin routes: all POST, all need the launch token; most the admin session. */
export const adminHttpRoutes = {
  status: { path: '/api/admin/status', body: emptyBodySchema, session: false },
  setFirstPin: { path: '/api/admin/pin', body: pinEntrySchema, session: false },
  login: { path: '/api/admin/login', body: pinEntrySchema, session: false },
  provision: { path: '/api/admin/provision', body: emptyBodySchema, session: false },
  logout: { path: '/api/admin/logout', body: emptyBodySchema, session: true },
  updateSettings: {
    path: '/api/admin/settings',
    body: z.object({ patch: settingsPatchSchema }).strict(),
    session: true,
  },
  diagnostics: { path: '/api/admin/diagnostics', body: emptyBodySchema, session: true },
  auditLog: { path: '/api/admin/audit', body: emptyBodySchema, session: true },
  changePin: { path: '/api/admin/pin/change', body: pinEntrySchema, session: true },
  findConfigs: { path: '/api/admin/config/find', body: emptyBodySchema, session: true },
  applyConfig: {
    path: '/api/admin/config/apply',
    body: z.object({ folder: folderArg }).strict(),
    session: true,
  },
  rollbackContent: { path: '/api/admin/content/rollback', body: emptyBodySchema, session: true },
  exportDiagnostics: {
    path: '/api/admin/diagnostics/export',
    body: emptyBodySchema,
    session: true,
  },
  listKeys: { path: '/api/admin/keys/list', body: emptyBodySchema, session: true },
  addKey: { path: '/api/admin/keys/add', body: emptyBodySchema, session: true },
  removeKey: {
    path: '/api/admin/keys/remove',
    body: z.object({ keyId: keyIdArg }).strict(),
    session: true,
  },
  hostActions: { path: '/api/admin/app/actions', body: emptyBodySchema, session: true },
  restartApp: { path: '/api/admin/app/restart', body: emptyBodySchema, session: true },
  quitApp: { path: '/api/admin/app/quit', body: emptyBodySchema, session: true },
} as const satisfies Record<AdminChannelKey, { path: string; body: z.ZodType; session: boolean }>

/** The header that carries the admin session token to the browser host. */
export const ADMIN_SESSION_HEADER = 'x-kiosk-admin'
