import { z } from 'zod'
import {
  adminLoginResultSchema,
  adminSessionSchema,
  adminSettingsResultSchema,
  adminStatusSchema,
  auditEntrySchema,
  diagnosticsSchema,
  emptyBodySchema,
  pinEntrySchema,
  settingsPatchSchema,
  type AdminLoginResult,
  type AdminSettingsResult,
  type AdminStatus,
  type AuditEntry,
  type Diagnostics,
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
  logout(session: string): Promise<void>
  updateSettings(session: string, patch: Record<string, unknown>): Promise<AdminSettingsResult>
  diagnostics(session: string): Promise<Diagnostics>
  auditLog(session: string): Promise<AuditEntry[]>
}

const pinArg = z.string().max(64)

/** IPC channels of the admin area: arguments checked in the main process, replies in the preload. */
export const adminChannels = {
  status: { channel: 'kiosk:admin:status', args: z.tuple([]), result: adminStatusSchema },
  setFirstPin: {
    channel: 'kiosk:admin:set-pin',
    args: z.tuple([pinArg]),
    result: adminLoginResultSchema,
  },
  login: { channel: 'kiosk:admin:login', args: z.tuple([pinArg]), result: adminLoginResultSchema },
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
} as const
export type AdminChannelKey = keyof typeof adminChannels

/** The browser host's admin routes: all POST, all need the launch token; most the admin session. */
export const adminHttpRoutes = {
  status: { path: '/api/admin/status', body: emptyBodySchema, session: false },
  setFirstPin: { path: '/api/admin/pin', body: pinEntrySchema, session: false },
  login: { path: '/api/admin/login', body: pinEntrySchema, session: false },
  logout: { path: '/api/admin/logout', body: emptyBodySchema, session: true },
  updateSettings: {
    path: '/api/admin/settings',
    body: z.object({ patch: settingsPatchSchema }).strict(),
    session: true,
  },
  diagnostics: { path: '/api/admin/diagnostics', body: emptyBodySchema, session: true },
  auditLog: { path: '/api/admin/audit', body: emptyBodySchema, session: true },
} as const satisfies Record<AdminChannelKey, { path: string; body: z.ZodType; session: boolean }>

/** The header that carries the admin session token to the browser host. */
export const ADMIN_SESSION_HEADER = 'x-kiosk-admin'
