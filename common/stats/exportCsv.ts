import type { StatsExport } from './schema'

const HEADER = 'kiosk_id,site_id,content_version,period,hour,counter,count'

/**
 * The export as CSV, one row per counter: `period` is a day or a folded month. A row with an
 * empty `hour` is a whole day's (or month's) counter, items included; a row with an hour is that
 * hour's total by kind (`session`, `view`, …), so sum either the day rows or the hour rows, not
 * both. Every field is an id, a number or a date, so no quoting is ever needed.
 */
export function exportToCsv(
  data: Pick<StatsExport, 'kioskId' | 'siteId' | 'contentVersion' | 'days' | 'months'>,
): string {
  const who = `${data.kioskId},${data.siteId ?? ''},${data.contentVersion}`
  const rows = [HEADER]
  for (const day of data.days) {
    for (const [key, n] of Object.entries(day.counts).sort()) {
      rows.push(`${who},${day.day},,${key},${n}`)
    }
    const hours = Object.keys(day.hours).sort((a, b) => Number(a) - Number(b))
    for (const hour of hours) {
      for (const [key, n] of Object.entries(day.hours[hour] ?? {}).sort()) {
        rows.push(`${who},${day.day},${hour},${key},${n}`)
      }
    }
  }
  for (const month of data.months) {
    for (const [key, n] of Object.entries(month.counts).sort()) {
      rows.push(`${who},${month.month},,${key},${n}`)
    }
  }
  return `${rows.join('\n')}\n`
}
