import { z } from 'zod'
import { adminChannels } from '../admin/adminApi'
import { printChannels } from '../print/printApi'
import { statsChannels } from '../stats/statsApi'
import { updatesChannels } from '../update/updatesApi'
import { appInfoSchema, contentSnapshotSchema, hostNoticeSchema, settingsSchema } from './kioskApi'

/**
 * The IPC side of the KioskApi contract: one `kiosk:<area>:<verb>` channel per request method,
 * with the schema its arguments must match and the schema its reply must match. The Electron
 * main process validates arguments with `args` before calling a service; the preload validates
 * replies with `result` before the renderer sees them. Nothing outside this map is ever handled.
 */
export const invokeChannels = {
  contentGet: {
    channel: 'kiosk:content:get',
    args: z.tuple([]),
    result: contentSnapshotSchema,
  },
  settingsGet: {
    channel: 'kiosk:settings:get',
    args: z.tuple([]),
    result: settingsSchema,
  },
  appInfo: {
    channel: 'kiosk:app:info',
    args: z.tuple([]),
    result: appInfoSchema,
  },
} as const

export type InvokeChannelKey = keyof typeof invokeChannels
export type InvokeChannelName = (typeof invokeChannels)[InvokeChannelKey]['channel']

/** Host → renderer push channel for `KioskApi.events`; every message is one HostNotice. */
export const noticeChannel = {
  channel: 'kiosk:events:notice',
  payload: hostNoticeSchema,
} as const

/** Every channel name the hosts know, so a test can prove nothing else is registered. */
export const allChannelNames: readonly string[] = [
  ...Object.values(invokeChannels).map((c) => c.channel),
  ...Object.values(adminChannels).map((c) => c.channel),
  ...Object.values(statsChannels).map((c) => c.channel),
  ...Object.values(updatesChannels).map((c) => c.channel),
  ...Object.values(printChannels).map((c) => c.channel),
  noticeChannel.channel,
]

/**
 * The browser host's routes for the same methods. Kept next to the IPC channels so that a new
 * KioskApi method gets both transports in one place.
 */
export const httpRoutes = {
  contentGet: '/api/content',
  settingsGet: '/api/settings',
  appInfo: '/api/app/info',
  events: '/api/events',
  contentReload: '/api/content/reload',
} as const

/** Body of `POST /api/content/reload` (browser host): an optional note for the log. */
export const contentReloadBodySchema = z
  .object({ reason: z.string().trim().min(1).max(200).optional() })
  .strict()
export type ContentReloadBody = z.infer<typeof contentReloadBodySchema>

/** Reply of `POST /api/content/reload`: whether another dataset became active, and its version. */
export const contentReloadResultSchema = z
  .object({ changed: z.boolean(), contentVersion: z.number().int() })
  .strict()
