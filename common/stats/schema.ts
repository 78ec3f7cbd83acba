import { z } from 'zod'
import { idSchema, languageSchema } from '../content/primitives'

/**
 * Anonymous usage counters. Nothing here can hold free text, an answer, a person or a moment finer
 * than the hour: events are closed enums plus content ids, and the host stamps the day and hour.
 * Which item was viewed is kept per day only; hours hold totals by kind (see `dailyRecordSchema`).
 */

/** Screens a visitor can view; the same names as the renderer's routes. */
export const viewScreenSchema = z.enum([
  'attract',
  'home',
  'category',
  'service',
  'places',
  'place',
  'hotlines',
  'hotline',
  'screener',
  'notices',
  'notice',
  'faqs',
])
export type ViewScreen = z.infer<typeof viewScreenSchema>

/** One thing a visitor did, as the renderer reports it (no time: the host adds day + hour). */
export const statsEventSchema = z.discriminatedUnion('kind', [
  /** A visitor's session began (first move after the start or an idle reset). */
  z.object({ kind: z.literal('session') }).strict(),
  /** A screen was shown; `id` is the content id (category, service, location, phone, notice). */
  z.object({ kind: z.literal('view'), screen: viewScreenSchema, id: idSchema.optional() }).strict(),
  z.object({ kind: z.literal('language'), lang: languageSchema }).strict(),
  z
    .object({ kind: z.literal('qr-shown'), screen: z.enum(['service', 'place', 'hotline']) })
    .strict(),
  z.object({ kind: z.literal('screener'), step: z.enum(['started', 'finished']) }).strict(),
  z.object({ kind: z.literal('idle-reset') }).strict(),
])
export type StatsEvent = z.infer<typeof statsEventSchema>

/** Events only the host records (never accepted from the renderer). */
export const hostStatsEventSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('update-attempt'),
      outcome: z.enum(['installed', 'refused', 'failed']),
    })
    .strict(),
  /** A slip printed or a print that failed (printer fault or time limit); no item is named. */
  z.object({ kind: z.literal('slip'), outcome: z.enum(['printed', 'failed']) }).strict(),
])
export type HostStatsEvent = z.infer<typeof hostStatsEventSchema>

/** Most events one renderer batch may carry; a visitor cannot produce more between flushes. */
export const MAX_BATCH_EVENTS = 200
export const statsBatchSchema = z
  .object({ events: z.array(statsEventSchema).min(1).max(MAX_BATCH_EVENTS) })
  .strict()
export type StatsBatch = z.infer<typeof statsBatchSchema>

/** `kind`, `kind:part` or `kind:part:id`, built by `counterKey` (letters, digits, hyphens: `zh-Hans`). */
export const counterKeySchema = z
  .string()
  .regex(/^[a-z][a-z-]{0,31}(:[a-zA-Z0-9][a-zA-Z0-9-]{0,63}){0,2}$/, 'not a counter key')
export type CounterKey = z.infer<typeof counterKeySchema>

const countSchema = z.number().int().min(0)
export const countsSchema = z.record(counterKeySchema, countSchema)
export type Counts = z.infer<typeof countsSchema>

export const daySchema = z.iso.date()
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM')
/** Hour of day in the kiosk's local time, "0" … "23". */
export const hourSchema = z.string().regex(/^(1?\d|2[0-3])$/, 'an hour is 0–23')

/**
 * A total kept by the hour: the event kind alone (`session`, `view`, `language`, …), never which
 * item, screen or language. An hour of a quiet kiosk together with CCTV could tell who viewed
 * which place; a count of sessions or screens per hour cannot.
 */
export const hourTotalKeySchema = z
  .string()
  .regex(/^[a-z][a-z-]{0,31}$/, 'an hourly counter is a total (a kind without an item)')

/** The hourly total a counter adds to: its kind (`view:place:x` → `view`). */
export const hourTotalKey = (key: CounterKey): string => key.split(':')[0] ?? key

/**
 * One day's counters: every counter (per item) for the whole day, and per hour of day only the
 * totals by kind (hours without activity are absent).
 */
export const dailyRecordSchema = z
  .object({
    day: daySchema,
    counts: countsSchema,
    hours: z.record(hourSchema, z.record(hourTotalKeySchema, countSchema)),
  })
  .strict()
export type DailyRecord = z.infer<typeof dailyRecordSchema>

/** A day as versions before the 2026 review kept it: every counter by hour. */
const hourlyDailyRecordSchema = z
  .object({ day: daySchema, hours: z.record(hourSchema, countsSchema) })
  .strict()

/** Folds a day kept by the hour into the current shape: items per day, totals per hour. */
export function foldHourlyDay(old: z.infer<typeof hourlyDailyRecordSchema>): DailyRecord {
  const record: DailyRecord = { day: old.day, counts: {}, hours: {} }
  for (const [hour, counts] of Object.entries(old.hours)) {
    const totals: Counts = {}
    for (const [key, n] of Object.entries(counts)) {
      record.counts[key] = (record.counts[key] ?? 0) + n
      const total = hourTotalKey(key)
      totals[total] = (totals[total] ?? 0) + n
    }
    record.hours[hour] = totals
  }
  return record
}

/**
 * A day as stored or exported by any version: the current shape, or the older hourly one folded
 * into it on reading (so old data files and old exports keep working, and never carry per-item
 * hours onward).
 */
export const storedDailyRecordSchema = z.union([
  dailyRecordSchema,
  hourlyDailyRecordSchema.transform(foldHourlyDay),
])

/** Days older than the retention window folded into one month; `days` lists those folded. */
export const monthRecordSchema = z
  .object({ month: monthSchema, days: z.array(daySchema), counts: countsSchema })
  .strict()
export type MonthRecord = z.infer<typeof monthRecordSchema>

export const STATS_EXPORT_FORMAT = 'relief-kiosk-stats'

/** What a kiosk writes to a stick: its identity, then its days and folded months. */
export const statsExportSchema = z
  .object({
    format: z.literal(STATS_EXPORT_FORMAT),
    /** 2: items per day, totals per hour; 1 (older kiosks): every counter by hour, folded. */
    version: z.union([z.literal(1), z.literal(2)]),
    kioskId: idSchema,
    siteId: idSchema.optional(),
    contentVersion: z.number().int().min(0),
    /** The export's day and hour (local), so a newer export of the same day wins a merge. */
    exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3])$/, 'YYYY-MM-DDTHH'),
    days: z.array(storedDailyRecordSchema),
    months: z.array(monthRecordSchema),
  })
  .strict()
export type StatsExport = z.infer<typeof statsExportSchema>
