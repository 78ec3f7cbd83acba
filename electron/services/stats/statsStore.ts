import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { z } from 'zod'
import { addCounts } from '../../../common/stats/counters'
import { monthOf } from '../../../common/stats/calendar'
import {
  hourTotalKey,
  monthRecordSchema,
  storedDailyRecordSchema,
  type Counts,
  type DailyRecord,
  type MonthRecord,
} from '../../../common/stats/schema'
import { openStore } from '../durableStore'
import type { Logger } from '../logger/logger'
import { firstKeptDay, foldOldDays } from './retention'

const monthFileSchema = z.object({ days: z.array(storedDailyRecordSchema) }).strict()
type MonthFile = z.infer<typeof monthFileSchema>
const foldedFileSchema = z.object({ months: z.array(monthRecordSchema) }).strict()

/** Distinct counters one day may hold; beyond it, counts go to `overflow` (bounded files). */
export const MAX_KEYS_PER_DAY = 2000
export const OVERFLOW_KEY = 'overflow'

/** Counts waiting to be written: day → hour → counters. */
export type PendingCounts = Map<string, Map<number, Counts>>

export const statsFiles = (dataDir: string) => ({
  dir: join(dataDir, 'stats'),
  month: (month: string) => join(dataDir, 'stats', `days-${month}.json`),
  folded: join(dataDir, 'stats', 'months.json'),
})

export interface StatsStore {
  /** Adds the pending counts to the durable files (one write per month touched). */
  add(pending: PendingCounts): Promise<void>
  /** Every daily record kept, oldest first. */
  days(): Promise<DailyRecord[]>
  /** Daily records from `from` on (inclusive), oldest first. */
  daysFrom(from: string): Promise<DailyRecord[]>
  months(): MonthRecord[]
  /** Folds days older than the retention window into month totals; returns the days folded. */
  applyRetention(today: string, retentionDays?: number): Promise<string[]>
}

/**
 * Adds `counts` made in `hour` to `record`, sending new keys past the day's cap to `overflow`
 * (the hour's totals by kind are counted in full: they are bounded by the kinds themselves).
 */
function addBounded(record: DailyRecord, hour: number, counts: Counts): void {
  for (const [key, n] of Object.entries(counts)) {
    const fits = key in record.counts || Object.keys(record.counts).length < MAX_KEYS_PER_DAY
    addCounts(record.counts, { [fits ? key : OVERFLOW_KEY]: n })
    addCounts((record.hours[String(hour)] ??= {}), { [hourTotalKey(key)]: n })
  }
}

/**
 * Whether a month file on disk still holds days kept by the hour (written before the 2026
 * review): those are folded on reading and must be rewritten so no per-item hour stays on disk.
 * An unreadable file counts as old: rewriting it from what was recovered is always safe.
 */
async function holdsHourlyDays(file: string): Promise<boolean> {
  try {
    const raw: unknown = JSON.parse(await readFile(file, 'utf8'))
    const days = z.object({ days: z.array(z.object({ counts: z.unknown() })) }).safeParse(raw)
    return !days.success || days.data.days.some((d) => d.counts === undefined)
  } catch {
    return true
  }
}

/**
 * The durable side of the counters: one lowdb file per month of daily records (so a write
 * rewrites at most a month) and one file of folded months. Every file goes through the durable
 * adapter, so a power cut leaves the last good copy, never a broken file.
 */
export async function openStatsStore(dataDir: string, log: Logger): Promise<StatsStore> {
  const files = statsFiles(dataDir)
  await mkdir(files.dir, { recursive: true })
  const folded = await openStore(files.folded, foldedFileSchema, { months: [] }, { log })
  const open = new Map<string, Promise<Low<MonthFile>>>()
  const monthDb = (month: string) => {
    let db = open.get(month)
    if (!db) {
      db = openStore(files.month(month), monthFileSchema, { days: [] }, { log })
      open.set(month, db)
    }
    return db
  }
  const storedMonths = async () => {
    const names = await readdir(files.dir).catch(() => [])
    const months = names.flatMap((n) => /^days-(\d{4}-\d{2})\.json$/.exec(n)?.[1] ?? [])
    return [...new Set([...months, ...open.keys()])].sort()
  }
  const readMonths = async (months: string[]) =>
    (await Promise.all(months.map(async (m) => (await monthDb(m)).data.days)))
      .flat()
      .sort((a, b) => a.day.localeCompare(b.day))

  // Days kept by the hour (older versions) are folded on reading; write them back folded now.
  for (const month of await storedMonths()) {
    if (!(await holdsHourlyDays(files.month(month)))) continue
    await (await monthDb(month)).write()
    log({
      level: 'info',
      area: 'stats',
      message: `days-${month}: hourly counters folded into days`,
    })
  }

  return {
    async add(pending) {
      const byMonth = new Map<string, [string, Map<number, Counts>][]>()
      for (const entry of pending) {
        const month = monthOf(entry[0])
        byMonth.set(month, [...(byMonth.get(month) ?? []), entry])
      }
      for (const [month, entries] of byMonth) {
        const db = await monthDb(month)
        await db.update((data) => {
          for (const [day, hours] of entries) {
            let record = data.days.find((d) => d.day === day)
            if (!record) {
              record = { day, counts: {}, hours: {} }
              data.days.push(record)
              data.days.sort((a, b) => a.day.localeCompare(b.day))
            }
            for (const [hour, counts] of hours) addBounded(record, hour, counts)
          }
        })
      }
    },
    days: async () => readMonths(await storedMonths()),
    async daysFrom(from) {
      const months = (await storedMonths()).filter((m) => m >= monthOf(from))
      return (await readMonths(months)).filter((d) => d.day >= from)
    },
    months: () => folded.data.months,
    async applyRetention(today, retentionDays) {
      const firstKept = firstKeptDay(today, retentionDays)
      const old = (await storedMonths()).filter((m) => m <= monthOf(firstKept))
      const result = foldOldDays(await readMonths(old), folded.data.months, firstKept)
      const oldDays = (await readMonths(old)).filter((d) => d.day < firstKept)
      if (oldDays.length === 0) return []
      // Month totals first: if the power fails before the daily files are rewritten, the next
      // fold finds those days already listed and drops them without counting them again.
      folded.data.months = result.months
      await folded.write()
      for (const month of old) {
        const db = await monthDb(month)
        db.data.days = db.data.days.filter((d) => d.day >= firstKept)
        await db.write()
      }
      return result.folded
    },
  }
}
