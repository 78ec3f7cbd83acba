import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { sumCounts, totalCounts } from '../../common/stats/counters'
import {
  statsExportSchema,
  type DailyRecord,
  type MonthRecord,
  type StatsExport,
} from '../../common/stats/schema'

export type LoadedExport = { file: string; data: StatsExport }
export type SkippedFile = { file: string; reason: string }

/** One kiosk after merging: each day and each folded month counted once. */
export type MergedKiosk = {
  kioskId: string
  siteId?: string
  contentVersion: number
  days: DailyRecord[]
  months: MonthRecord[]
  /** Day or month records dropped because another export of the same kiosk had them. */
  duplicates: number
}

async function jsonFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(folder, e.name))
    .sort()
}

/**
 * Reads every `*.json` export in each folder (and its `KIOSK-STATS` subfolder, as a stick holds
 * it). A file that is not valid JSON or not a stats export is skipped with the reason, never
 * fatal, so one damaged stick does not stop a fleet report.
 */
export async function readExports(
  targets: readonly string[],
  cwd: string,
): Promise<{ exports: LoadedExport[]; skipped: SkippedFile[] }> {
  const exports: LoadedExport[] = []
  const skipped: SkippedFile[] = []
  for (const target of targets) {
    const path = resolve(cwd, target)
    const info = await stat(path).catch(() => undefined)
    if (!info) {
      skipped.push({ file: target, reason: 'no such file or folder' })
      continue
    }
    const files = info.isDirectory()
      ? [
          ...(await jsonFilesIn(path)),
          ...(await jsonFilesIn(join(path, 'KIOSK-STATS'))),
          ...(await jsonFilesIn(join(path, 'KIOSK-UPDATE', 'results'))),
        ]
      : [path]
    for (const file of files) {
      const loaded = await readExport(file)
      if ('reason' in loaded) skipped.push(loaded)
      else exports.push(loaded)
    }
  }
  return { exports, skipped }
}

/**
 * An update receipt (`KIOSK-UPDATE/results/*.json`) carries the counters under `stats` when
 * staff chose to include them: a fleet on synced folders sends its counters back that way.
 */
function receiptStats(json: unknown): unknown | null | undefined {
  if (json === null || typeof json !== 'object' || !('outcome' in json)) return undefined
  return 'stats' in json ? json.stats : null
}

async function readExport(file: string): Promise<LoadedExport | SkippedFile> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (err) {
    return {
      file,
      reason: `not readable JSON (${err instanceof Error ? err.message : String(err)})`,
    }
  }
  const fromReceipt = receiptStats(json)
  if (fromReceipt === null) return { file, reason: 'an update receipt without usage counters' }
  const parsed = statsExportSchema.safeParse(fromReceipt ?? json)
  if (parsed.success) return { file, data: parsed.data }
  const first = parsed.error.issues[0]
  const where = first && first.path.length > 0 ? first.path.map(String).join('.') : '(file)'
  return { file, reason: `not a kiosk stats export: ${where}: ${first?.message ?? 'invalid'}` }
}

type Candidate<T> = { record: T; exportedAt: string; size: number }

/** The newer export wins; at the same hour, the record with more counts. */
function better<T>(a: Candidate<T> | undefined, b: Candidate<T>): Candidate<T> {
  if (!a) return b
  if (b.exportedAt !== a.exportedAt) return b.exportedAt > a.exportedAt ? b : a
  return b.size > a.size ? b : a
}

/**
 * Merges exports by kiosk. The same kiosk's day (or folded month) found in several exports is
 * counted once, from the newest export; a day folded into a month that was also kept is counted
 * only inside the month. Kiosks come out sorted by id, days and months by date.
 */
export function mergeExports(exports: readonly LoadedExport[]): MergedKiosk[] {
  const byKiosk = new Map<string, LoadedExport[]>()
  for (const e of exports) byKiosk.set(e.data.kioskId, [...(byKiosk.get(e.data.kioskId) ?? []), e])
  return [...byKiosk.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kioskId, list]) => {
      const days = new Map<string, Candidate<DailyRecord>>()
      const months = new Map<string, Candidate<MonthRecord>>()
      let seen = 0
      for (const { data } of list) {
        for (const record of data.days) {
          seen++
          const size = sumCounts(totalCounts([record]))
          days.set(
            record.day,
            better(days.get(record.day), { record, exportedAt: data.exportedAt, size }),
          )
        }
        for (const record of data.months) {
          seen++
          const size = sumCounts(record.counts)
          months.set(
            record.month,
            better(months.get(record.month), { record, exportedAt: data.exportedAt, size }),
          )
        }
      }
      const keptMonths = [...months.values()].map((c) => c.record)
      const folded = new Set(keptMonths.flatMap((m) => m.days))
      const keptDays = [...days.values()].map((c) => c.record).filter((d) => !folded.has(d.day))
      const newest = list.reduce((a, b) => (b.data.exportedAt > a.data.exportedAt ? b : a)).data
      return {
        kioskId,
        siteId: newest.siteId,
        contentVersion: newest.contentVersion,
        days: keptDays.sort((a, b) => a.day.localeCompare(b.day)),
        months: keptMonths.sort((a, b) => a.month.localeCompare(b.month)),
        duplicates: seen - keptDays.length - keptMonths.length,
      }
    })
}
