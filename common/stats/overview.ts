import { z } from 'zod'
import { idSchema } from '../content/primitives'
import { dailyRecordSchema, daySchema } from './schema'

/** What the admin statistics screen reads: this kiosk's last 30 days, today included. */
export const statsOverviewSchema = z
  .object({
    kioskId: idSchema,
    siteId: idSchema.optional(),
    today: daySchema,
    days: z.array(dailyRecordSchema),
  })
  .strict()
export type StatsOverview = z.infer<typeof statsOverviewSchema>

/** Result of exporting to the sticks present: folders written, and why any stick failed. */
export const statsExportResultSchema = z
  .object({ written: z.array(z.string()), problems: z.array(z.string()) })
  .strict()
export type StatsExportResult = z.infer<typeof statsExportResultSchema>
