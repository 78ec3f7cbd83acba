import { z } from 'zod'
import { adminSessionSchema } from '../admin/schemas'
import { idSchema } from '../content/schema'
import { daySchema, statsBatchSchema, storedDailyRecordSchema, type StatsEvent } from './schema'

/** What the admin statistics screen reads: this kiosk's last 30 days, today included. */
export const statsOverviewSchema = z
  .object({
    kioskId: idSchema,
    siteId: idSchema.optional(),
    today: daySchema,
    days: z.array(storedDailyRecordSchema),
  })
  .strict()
export type StatsOverview = z.infer<typeof statsOverviewSchema>

/** Result of exporting to the sticks present: folders written, and why any stick failed. */
export const statsExportResultSchema = z
  .object({ written: z.array(z.string()), problems: z.array(z.string()) })
  .strict()
export type StatsExportResult = z.infer<typeof statsExportResultSchema>

/**
 * The statistics part of the KioskApi. `record` is fire-and-forget for the renderer (anonymous
 * events, batched); reading and exporting need the admin session.
 */
export interface StatsApi {
  record(events: StatsEvent[]): Promise<void>
  overview(session: string): Promise<StatsOverview>
  exportToSticks(session: string): Promise<StatsExportResult>
}

/** IPC channels of the stats area: arguments checked in the main process, replies in the preload. */
export const statsChannels = {
  record: { channel: 'kiosk:stats:record', args: z.tuple([statsBatchSchema]), result: z.null() },
  overview: {
    channel: 'kiosk:stats:overview',
    args: z.tuple([adminSessionSchema]),
    result: statsOverviewSchema,
  },
  exportToSticks: {
    channel: 'kiosk:stats:export',
    args: z.tuple([adminSessionSchema]),
    result: statsExportResultSchema,
  },
} as const
export type StatsChannelKey = keyof typeof statsChannels

/**
 * Browser-host routes: recording is a POST with the launch token; the overview is a GET that
 * needs the admin session header; exporting is a POST that needs both.
 */
export const statsHttpRoutes = {
  record: '/api/stats/events',
  overview: '/api/stats/overview',
  exportToSticks: '/api/stats/export',
} as const satisfies Record<StatsChannelKey, string>
