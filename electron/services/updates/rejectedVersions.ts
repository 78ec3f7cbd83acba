import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'

/** Kept newest first; older entries are below the high-water mark anyway. */
const MAX_ENTRIES = 50

const entrySchema = z
  .object({
    contentVersion: z.number().int().min(1),
    at: z.iso.datetime({ offset: true }),
    reason: z.string().max(500),
  })
  .strict()
export type RejectedVersion = z.infer<typeof entrySchema>
const fileSchema = z.object({ rejected: z.array(entrySchema).max(MAX_ENTRIES) }).strict()

/** Next to the high-water mark (with its `.bak` copy): versions that failed the health check here. */
export const rejectedVersionsFile = (dataDir: string) =>
  join(dataDir, 'updates', 'rejected-versions.json')

/**
 * The content versions that failed their health check on this kiosk (issue 20), newest first.
 * The high-water mark already keeps them out; this list says why, so a package bringing one back
 * is refused as "failed its health check here", and survives a lost mark file.
 */
export async function readRejectedVersions(
  dataDir: string,
  log?: Logger,
): Promise<RejectedVersion[]> {
  const read = await readDurable(rejectedVersionsFile(dataDir), jsonParserFor(fileSchema), {
    defaults: () => ({ rejected: [] }),
    ...(log ? { log } : {}),
  })
  return read.value.rejected
}

/** Records `entry` durably (replacing an older entry for the same version). */
export async function addRejectedVersion(
  dataDir: string,
  entry: RejectedVersion,
  log?: Logger,
): Promise<void> {
  const kept = (await readRejectedVersions(dataDir, log)).filter(
    (e) => e.contentVersion !== entry.contentVersion,
  )
  const rejected = [{ ...entry, reason: entry.reason.slice(0, 500) }, ...kept].slice(0, MAX_ENTRIES)
  await mkdir(join(dataDir, 'updates'), { recursive: true })
  await writeFileDurable(rejectedVersionsFile(dataDir), `${JSON.stringify({ rejected })}\n`)
}

/** The refusal reason for a package whose version failed here before, if it did. */
export function rejectedReason(
  rejected: readonly RejectedVersion[],
  version: number,
): string | undefined {
  const hit = rejected.find((e) => e.contentVersion === version)
  return hit
    ? `version ${version} failed its health check on this kiosk (${hit.at}: ${hit.reason}) and is never installed again`
    : undefined
}
