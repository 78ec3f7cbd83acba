import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { auditEntrySchema, type AuditEntry } from '../../../common/admin/schemas'
import { openStore, type DurableStoreOptions } from '../durableStore'

const auditFileSchema = z.object({ entries: z.array(auditEntrySchema) }).strict()

/** The log keeps this many most recent actions, so it stays small on a kiosk that runs for years. */
export const MAX_AUDIT_ENTRIES = 500

export interface AuditLog {
  /** Resolves once the entry is on disk. */
  record(action: AuditEntry['action'], detail?: string): Promise<void>
  /** Most recent first. */
  entries(): AuditEntry[]
}

/**
 * A durable, bounded record of administrator actions (what and when; who is not known on a
 * shared PIN). Details are cut to the schema's length so one long value cannot break a write.
 */
export async function openAuditLog(
  file: string,
  options: DurableStoreOptions & { now?: () => Date } = {},
): Promise<AuditLog> {
  await mkdir(dirname(file), { recursive: true })
  const now = options.now ?? (() => new Date())
  const db = await openStore(file, auditFileSchema, { entries: [] }, options)
  return {
    async record(action, detail) {
      const entry: AuditEntry = { at: now().toISOString(), action }
      if (detail) entry.detail = detail.length > 500 ? `${detail.slice(0, 499)}…` : detail
      await db.update((data) => {
        data.entries.push(entry)
        data.entries.splice(0, Math.max(0, data.entries.length - MAX_AUDIT_ENTRIES))
      })
    },
    entries: () => structuredClone(db.data.entries).reverse(),
  }
}
