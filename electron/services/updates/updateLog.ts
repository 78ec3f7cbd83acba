import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { openStore } from '../durableStore'
import type { Logger } from '../logger/logger'
import { updateLogEntrySchema, type UpdateLogEntry } from '../../../common/update/updateStatus'

const logSchema = z.object({ entries: z.array(updateLogEntrySchema) }).strict()

/** The log keeps the most recent attempts; older ones are dropped so the file stays small. */
export const MAX_LOG_ENTRIES = 500

/** The log file (admin diagnostics read it too). */
export const updateLogFile = (dataDir: string) => join(dataDir, 'updates', 'update-log.json')

export interface UpdateLog {
  append(entry: UpdateLogEntry): Promise<void>
  entries(): readonly UpdateLogEntry[]
}

/**
 * Durable record of every update attempt, accepted or refused, with its reason. Stored through
 * the durable lowdb adapter, so a power cut never leaves it unreadable; a damaged log starts
 * empty (with the reason logged) rather than blocking updates.
 */
export async function openUpdateLog(dataDir: string, log?: Logger): Promise<UpdateLog> {
  await mkdir(join(dataDir, 'updates'), { recursive: true })
  const db = await openStore(updateLogFile(dataDir), logSchema, { entries: [] }, log ? { log } : {})
  return {
    async append(entry) {
      await db.update((data) => {
        data.entries.push(updateLogEntrySchema.parse(entry))
        data.entries.splice(0, Math.max(0, data.entries.length - MAX_LOG_ENTRIES))
      })
    },
    entries: () => db.data.entries,
  }
}
