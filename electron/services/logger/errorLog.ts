import { z } from 'zod'
import { openStore, type DurableStoreOptions } from '../durableStore'
import type { LogRecord } from './logger'

const errorLogEntrySchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    level: z.enum(['info', 'warn', 'error']),
    area: z.string(),
    message: z.string(),
    file: z.string().optional(),
  })
  .strict()
export type ErrorLogEntry = z.infer<typeof errorLogEntrySchema>

const errorLogSchema = z.object({ entries: z.array(errorLogEntrySchema) }).strict()

export interface ErrorLogOptions extends DurableStoreOptions {
  /** Oldest entries are dropped beyond this many. */
  maxEntries?: number
  /** Longer messages and file names are cut, so the file stays bounded (entries × this). */
  maxFieldChars?: number
  /** Real time for timestamps (never the `KIOSK_NOW` override). */
  now?: () => Date
}

export interface ErrorLog {
  append(record: LogRecord): void
  /** Oldest first. */
  entries(): ErrorLogEntry[]
  /** Resolves when everything appended so far is on disk. */
  flush(): Promise<void>
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/**
 * A durable, bounded error log for diagnostics: at most `maxEntries` records of bounded length,
 * oldest dropped first, written through the durable store. Appends never throw and never wait
 * for the disk; bursts are coalesced into one write. A failed write is reported to stderr only
 * (logging it would loop).
 */
export async function openErrorLog(file: string, options: ErrorLogOptions = {}): Promise<ErrorLog> {
  const maxEntries = options.maxEntries ?? 200
  const maxChars = options.maxFieldChars ?? 1000
  const now = options.now ?? (() => new Date())
  const db = await openStore(file, errorLogSchema, { entries: [] }, options)
  let writing: Promise<void> | undefined
  let dirty = false

  function scheduleWrite(): void {
    dirty = true
    if (writing) return
    writing = (async () => {
      while (dirty) {
        dirty = false
        try {
          await db.write()
        } catch (err) {
          console.error(`[error-log] cannot write ${file}: ${String(err)}`)
        }
      }
      writing = undefined
    })()
  }

  return {
    append(record) {
      db.data.entries.push({
        at: now().toISOString(),
        level: record.level,
        area: cut(record.area, 64),
        message: cut(record.message, maxChars),
        ...(record.file ? { file: cut(record.file, maxChars) } : {}),
      })
      const excess = db.data.entries.length - maxEntries
      if (excess > 0) db.data.entries.splice(0, excess)
      scheduleWrite()
    },
    entries: () => structuredClone(db.data.entries),
    async flush() {
      while (writing) await writing
    },
  }
}
