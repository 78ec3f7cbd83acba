import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'

const markSchema = z.object({ contentVersion: z.number().int().min(0) }).strict()

/** The durable record of the mark (with its `.bak` copy next to it). */
export const highWaterMarkFile = (dataDir: string) =>
  join(dataDir, 'updates', 'high-water-mark.json')

/**
 * Every home of the recorded mark: `updates/`, and the data folder's top beside the PIN marker
 * (outside `content-slots/`, whose pointer carries the mark too), each with its `.bak` copy.
 */
export const highWaterMarkFiles = (dataDir: string): readonly string[] => [
  highWaterMarkFile(dataDir),
  join(dataDir, 'content-mark.json'),
]

/**
 * The highest content version ever installed, as recorded durably (0 on a new kiosk): the
 * largest of its homes. Callers that need the effective mark use `effectiveHighWaterMark` in
 * slots.ts, which also counts the installed slots, so a crash between the pointer switch and this
 * write cannot lower it.
 */
export async function readRecordedHighWaterMark(dataDir: string, log?: Logger): Promise<number> {
  const reads = await Promise.all(
    highWaterMarkFiles(dataDir).map((file) =>
      readDurable(file, jsonParserFor(markSchema), {
        defaults: () => ({ contentVersion: 0 }),
        ...(log ? { log } : {}),
      }),
    ),
  )
  return Math.max(0, ...reads.map((r) => r.value.contentVersion))
}

/** Raises the recorded mark to `version` in every home; never lowers it. */
export async function raiseHighWaterMark(
  dataDir: string,
  version: number,
  onStep?: (step: string) => void | Promise<void>,
): Promise<void> {
  if (version <= (await readRecordedHighWaterMark(dataDir))) return
  const text = `${JSON.stringify({ contentVersion: version })}\n`
  for (const file of highWaterMarkFiles(dataDir)) {
    await mkdir(dirname(file), { recursive: true })
    await writeFileDurable(file, text, { onStep: (e) => onStep?.(`hwm:${e.phase}:${e.step}`) })
  }
}
