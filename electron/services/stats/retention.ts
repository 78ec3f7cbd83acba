import { addCounts, totalCounts } from '../../../common/stats/counters'
import { addDays, monthOf } from '../../../common/stats/calendar'
import type { DailyRecord, MonthRecord } from '../../../common/stats/schema'

/** Daily records are kept this many days (today included); older ones are folded by month. */
export const RETENTION_DAYS = 400

/** The oldest day still kept in detail when today is `today`. */
export const firstKeptDay = (today: string, retentionDays = RETENTION_DAYS) =>
  addDays(today, -(retentionDays - 1))

/**
 * Folds every daily record older than `firstKept` into its month's totals. A day already listed
 * in its month record (a fold that was interrupted before the daily file was rewritten) is
 * dropped without being counted again, so repeating the fold never double-counts.
 */
export function foldOldDays(
  days: readonly DailyRecord[],
  months: readonly MonthRecord[],
  firstKept: string,
): { days: DailyRecord[]; months: MonthRecord[]; folded: string[] } {
  const byMonth = new Map(months.map((m) => [m.month, structuredClone(m)]))
  const kept: DailyRecord[] = []
  const folded: string[] = []
  for (const day of days) {
    if (day.day >= firstKept) {
      kept.push(day)
      continue
    }
    const month = monthOf(day.day)
    const record = byMonth.get(month) ?? { month, days: [], counts: {} }
    if (!record.days.includes(day.day)) {
      addCounts(record.counts, totalCounts([day]))
      record.days.push(day.day)
      record.days.sort()
      folded.push(day.day)
    }
    byMonth.set(month, record)
  }
  const sortedMonths = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month))
  return { days: kept, months: sortedMonths, folded }
}
