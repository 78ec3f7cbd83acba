import { dayAndHour, lastDays } from '../../../common/stats/calendar'
import { addCounts, addToDay, counterKey } from '../../../common/stats/counters'
import {
  hostStatsEventSchema,
  type Counts,
  type DailyRecord,
  type HostStatsEvent,
  type StatsEvent,
  type StatsExport,
} from '../../../common/stats/schema'
import type { StatsExportResult, StatsOverview } from '../../../common/stats/statsApi'
import type { Logger } from '../logger/logger'
import {
  buildStatsExport,
  writeStatsExport,
  type KioskIdentity,
  type StatsExportInput,
} from './statsExport'
import { RETENTION_DAYS } from './retention'
import { openStatsStore, type PendingCounts } from './statsStore'

/** How long counts wait in memory before one batched durable write. */
export const STATS_FLUSH_MS = 30_000

export interface StatsService {
  /** Counts a renderer batch the host boundary has already parsed (the contract's `stats.record`). */
  record(events: readonly StatsEvent[]): void
  /** Counts an event only the host knows about (an update attempt). */
  recordHost(event: HostStatsEvent): void
  overview(session: string): Promise<StatsOverview>
  exportToSticks(session: string): Promise<StatsExportResult>
  /** Writes the export into `folder` (no session: for the host itself and tests). */
  exportTo(folder: string): Promise<string>
  /** The export document with every count so far, for the host itself (the update receipt). */
  exportData(): Promise<StatsExport>
  /** Writes pending counts now. */
  flush(): Promise<void>
  /** Flushes and stops the timer. */
  close(): Promise<void>
}

export interface StatsServiceDeps {
  dataDir: string
  now(): Date
  identity(): Promise<KioskIdentity>
  /** Rejects unless `session` is a live admin session. */
  requireAdmin(session: string): Promise<void>
  /** Folders of the removable drives present now. */
  driveRoots(): Promise<string[]>
  log: Logger
  flushMs?: number
  retentionDays?: number
  utcOffsetMinutes?: number
}

/** Adds one pending count for `day`/`hour`. */
function bump(pending: PendingCounts, day: string, hour: number, counts: Counts): void {
  const hours = pending.get(day) ?? new Map<number, Counts>()
  pending.set(day, hours)
  hours.set(hour, addCounts(hours.get(hour) ?? {}, counts))
}

/** Daily records with the pending (not yet written) counts added in. */
function withPending(days: DailyRecord[], pending: PendingCounts): DailyRecord[] {
  const byDay = new Map(days.map((d) => [d.day, structuredClone(d)]))
  for (const [day, hours] of pending) {
    const record = byDay.get(day) ?? { day, counts: {}, hours: {} }
    for (const [hour, counts] of hours) addToDay(record, hour, counts)
    byDay.set(day, record)
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day))
}

/**
 * Anonymous usage counters: events are counted in memory by local day and hour (nothing finer;
 * which item was viewed is kept per day, hours keep only totals by kind)
 * and written durably in one batch every `flushMs` and on close, so recording never waits on a
 * disk. A failed write keeps the counts pending for the next attempt instead of dropping them.
 * Days older than the retention window are folded into month totals when the store opens and
 * whenever the day changes.
 */
export async function createStatsService(deps: StatsServiceDeps): Promise<StatsService> {
  const store = await openStatsStore(deps.dataDir, deps.log)
  const flushMs = deps.flushMs ?? STATS_FLUSH_MS
  const stamp = () => dayAndHour(deps.now(), deps.utcOffsetMinutes)
  let pending: PendingCounts = new Map()
  let timer: ReturnType<typeof setTimeout> | undefined
  let chain: Promise<void> = Promise.resolve()
  let retainedFor = ''

  const retain = async () => {
    const { day } = stamp()
    if (day === retainedFor) return
    const folded = await store.applyRetention(day, deps.retentionDays ?? RETENTION_DAYS)
    retainedFor = day
    if (folded.length > 0) {
      deps.log({ level: 'info', area: 'stats', message: `folded ${folded.length} old days` })
    }
  }

  const writePending = async () => {
    const batch = pending
    pending = new Map()
    if (batch.size > 0) {
      try {
        await store.add(batch)
      } catch (err) {
        for (const [day, hours] of batch)
          for (const [hour, counts] of hours) bump(pending, day, hour, counts)
        deps.log({
          level: 'error',
          area: 'stats',
          message: `counts kept for later: ${String(err)}`,
        })
      }
    }
    await retain().catch((err: unknown) =>
      deps.log({ level: 'error', area: 'stats', message: `retention failed: ${String(err)}` }),
    )
  }
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    chain = chain.then(writePending)
    return chain
  }
  const count = (events: readonly (StatsEvent | HostStatsEvent)[]) => {
    const { day, hour } = stamp()
    const counts: Counts = {}
    for (const event of events) addCounts(counts, { [counterKey(event)]: 1 })
    bump(pending, day, hour, counts)
    timer ??= setTimeout(() => void flush(), flushMs)
    timer.unref?.()
  }

  await flush()

  async function exportInput(): Promise<StatsExportInput> {
    await flush()
    const { day, hour } = stamp()
    return {
      identity: await deps.identity(),
      exportedAt: `${day}T${String(hour).padStart(2, '0')}`,
      days: await store.days(),
      months: store.months(),
    }
  }
  const exportTo = async (folder: string) => writeStatsExport(folder, await exportInput())

  return {
    record(events) {
      count(events)
    },
    recordHost(event) {
      count([hostStatsEventSchema.parse(event)])
    },
    async overview(session) {
      await deps.requireAdmin(session)
      const { day } = stamp()
      const days = withPending(await store.daysFrom(lastDays(day, 30)[0]), pending)
      const { kioskId, siteId } = await deps.identity()
      return { kioskId, siteId, today: day, days }
    },
    async exportToSticks(session) {
      await deps.requireAdmin(session)
      const roots = await deps.driveRoots()
      if (roots.length === 0) return { written: [], problems: ['no USB stick found'] }
      const written: string[] = []
      const problems: string[] = []
      for (const root of roots) {
        try {
          written.push(await exportTo(root))
        } catch (err) {
          problems.push(`${root}: ${err instanceof Error ? err.message : String(err)}`)
        }
      }
      return { written, problems }
    },
    exportTo,
    exportData: async () => buildStatsExport(await exportInput()),
    flush,
    async close() {
      await flush()
    },
  }
}
