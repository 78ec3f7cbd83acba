import type { Language } from '../content/schema'
import {
  hourTotalKey,
  type CounterKey,
  type Counts,
  type DailyRecord,
  type HostStatsEvent,
  type StatsEvent,
} from './schema'

/** The counter an event moves: `session`, `view:category:<id>`, `language:en`, `qr-shown:place`, … */
export function counterKey(event: StatsEvent | HostStatsEvent): CounterKey {
  switch (event.kind) {
    case 'session':
    case 'idle-reset':
      return event.kind
    case 'view':
      return event.id === undefined ? `view:${event.screen}` : `view:${event.screen}:${event.id}`
    case 'language':
      return `language:${event.lang}`
    case 'qr-shown':
      return `qr-shown:${event.screen}`
    case 'screener':
      return `screener:${event.step}`
    case 'update-attempt':
      return `update-attempt:${event.outcome}`
    case 'slip':
      return `slip:${event.outcome}`
  }
}

/** Adds `add` into `into` (mutates and returns it). */
export function addCounts(into: Counts, add: Counts): Counts {
  for (const [key, n] of Object.entries(add)) into[key] = (into[key] ?? 0) + n
  return into
}

/**
 * Adds counts made in `hour` to a day (mutates it): each counter to the day, and only its total
 * by kind to the hour, so no hour ever says which item was viewed.
 */
export function addToDay(record: DailyRecord, hour: number, counts: Counts): DailyRecord {
  addCounts(record.counts, counts)
  const totals = (record.hours[String(hour)] ??= {})
  for (const [key, n] of Object.entries(counts)) addCounts(totals, { [hourTotalKey(key)]: n })
  return record
}

/** Every counter of the given days, summed over days. */
export function totalCounts(days: readonly DailyRecord[]): Counts {
  const total: Counts = {}
  for (const day of days) addCounts(total, day.counts)
  return total
}

/** One hourly total (`session`, `view`, …) summed per hour of day (index 0–23) over the days. */
export function byHourOfDay(days: readonly DailyRecord[], key: CounterKey): number[] {
  const hours = Array.from({ length: 24 }, () => 0)
  for (const day of days) {
    for (const [hour, counts] of Object.entries(day.hours)) hours[Number(hour)] += counts[key] ?? 0
  }
  return hours
}

/** The counters under one prefix (e.g. `view:category:`), keyed by what follows it, largest first. */
export function countsUnder(counts: Counts, prefix: string): [string, number][] {
  return Object.entries(counts)
    .filter(([key, n]) => key.startsWith(prefix) && key.length > prefix.length && n > 0)
    .map(([key, n]): [string, number] => [key.slice(prefix.length), n])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/** Needs people looked at: views of each category screen. */
export const needsOf = (counts: Counts) => countsUnder(counts, 'view:category:')

/** Languages chosen, by language code. */
export const languagesOf = (counts: Counts): [Language | string, number][] =>
  countsUnder(counts, 'language:')

/** Sum of every counter in `counts`. */
export const sumCounts = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0)
