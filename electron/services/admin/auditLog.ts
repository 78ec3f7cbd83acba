import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { auditEntrySchema, type AuditEntry } from '../../../common/admin/schemas'
import { openStore, type DurableStoreOptions } from '../durableStore'

const auditFileSchema = z
  .object({
    entries: z.array(auditEntrySchema),
    /** Refused PIN entries, kept apart so that guessing can never push out what admins did. */
    refusals: z.array(auditEntrySchema).default([]),
  })
  .strict()

/** The log keeps this many most recent actions, so it stays small on a kiosk that runs for years. */
export const MAX_AUDIT_ENTRIES = 500
/** Refusals have their own, smaller bound; repeated ones are counted in one entry anyway. */
export const MAX_REFUSAL_ENTRIES = 100

/** Actions anyone at the screen can cause without a session: logged apart and coalesced. */
const REFUSALS: ReadonlySet<AuditEntry['action']> = new Set([
  'login-refused',
  'provision-refused',
  // A wrong staff PIN at the install dialog needs no session either (issue 23, finding 9).
  'staff-pin-refused',
])

export interface AuditLog {
  /**
   * Resolves once the entry is on disk. A refusal with the same `key` as the newest refusal, and
   * no administrator action since, raises that entry's count instead of adding one.
   */
  record(action: AuditEntry['action'], detail?: string, key?: string): Promise<void>
  /** Most recent first. */
  entries(): AuditEntry[]
}

const latest = (e: AuditEntry) => e.lastAt ?? e.at

/**
 * A durable, bounded record of administrator actions (what and when; who is not known on a
 * shared PIN). Details are cut to the schema's length so one long value cannot break a write.
 * Refused PIN entries go to their own bounded list and repeats are coalesced with a count, so a
 * flood of guesses neither fills the disk nor erases the record of what an administrator did.
 */
export async function openAuditLog(
  file: string,
  options: DurableStoreOptions & { now?: () => Date } = {},
): Promise<AuditLog> {
  await mkdir(dirname(file), { recursive: true })
  const now = options.now ?? (() => new Date())
  const db = await openStore(file, auditFileSchema, { entries: [], refusals: [] }, options)
  /** The coalescing key of the newest refusal (in memory: after a restart a new entry starts). */
  let lastRefusalKey: string | undefined
  return {
    async record(action, detail, key = action) {
      const at = now().toISOString()
      const cut = detail && detail.length > 500 ? `${detail.slice(0, 499)}…` : detail
      await db.update((data) => {
        if (!REFUSALS.has(action)) {
          data.entries.push({ at, action, ...(cut ? { detail: cut } : {}) })
          data.entries.splice(0, Math.max(0, data.entries.length - MAX_AUDIT_ENTRIES))
          return
        }
        const newest = data.refusals.at(-1)
        const lastAction = data.entries.at(-1)
        const sameRun =
          newest !== undefined &&
          newest.action === action &&
          lastRefusalKey === key &&
          (lastAction === undefined || lastAction.at <= latest(newest))
        if (sameRun) {
          newest.count = (newest.count ?? 1) + 1
          newest.lastAt = at
          if (cut) newest.detail = cut
        } else {
          data.refusals.push({ at, action, ...(cut ? { detail: cut } : {}) })
          data.refusals.splice(0, Math.max(0, data.refusals.length - MAX_REFUSAL_ENTRIES))
        }
        lastRefusalKey = key
      })
    },
    entries: () =>
      // Newest first within each list, then merged by time (the sort is stable for equal times).
      structuredClone([...db.data.entries.toReversed(), ...db.data.refusals.toReversed()]).sort(
        (a, b) => latest(b).localeCompare(latest(a)),
      ),
  }
}
