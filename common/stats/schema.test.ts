import { describe, expect, it } from 'vitest'
import { exportToCsv } from './exportCsv'
import { dailyRecordSchema, statsExportSchema } from './schema'

describe('a day of counters', () => {
  it('refuses an item under an hour: hours hold totals by kind only', () => {
    const day = { day: '2026-01-20', counts: { 'view:place:x': 1 }, hours: { '22': { view: 1 } } }
    expect(dailyRecordSchema.safeParse(day).success).toBe(true)
    const itemByHour = { ...day, hours: { '22': { 'view:place:x': 1 } } }
    expect(dailyRecordSchema.safeParse(itemByHour).success).toBe(false)
  })

  it('reads a version 1 export (every counter by hour) folded: items per day, totals per hour', () => {
    const v1 = {
      format: 'relief-kiosk-stats',
      version: 1,
      kioskId: 'rail-1',
      contentVersion: 3,
      exportedAt: '2026-01-21T09',
      days: [
        {
          day: '2026-01-20',
          hours: {
            '8': { session: 1, 'view:place:x': 1 },
            '22': { session: 2, 'view:place:x': 2, 'language:ko': 1 },
          },
        },
      ],
      months: [],
    }
    const read = statsExportSchema.parse(v1)
    expect(read.days).toEqual([
      {
        day: '2026-01-20',
        counts: { session: 3, 'view:place:x': 3, 'language:ko': 1 },
        hours: { '8': { session: 1, view: 1 }, '22': { session: 2, view: 2, language: 1 } },
      },
    ])
    const rows = exportToCsv(read).trim().split('\n')
    expect(rows).toContain('rail-1,,3,2026-01-20,,view:place:x,3')
    expect(rows).toContain('rail-1,,3,2026-01-20,22,view,2')
    expect(rows.filter((r) => /,\d+,[a-z-]+:/.test(r))).toEqual([])
  })
})
