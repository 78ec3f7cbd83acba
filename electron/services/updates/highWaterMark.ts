import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'

const markSchema = z.object({ contentVersion: z.number().int().min(0) }).strict()

/** The durable record of the mark (with its `.bak` copy next to it). */
export const highWaterMarkFile = (dataDir: string) =>
  join(dataDir, 'updates', 'high-water-mark.json')

/**
 * The highest content version ever installed, as recorded durably (0 on a new kiosk). Callers
 * that need the effective mark use `effectiveHighWaterMark` in slots.ts, which also counts the
 * installed slots, so a crash between the pointer switch and this write cannot lower it.
 */
export async function readRecordedHighWaterMark(dataDir: string, log?: Logger): Promise<number> {
  const read = await readDurable(highWaterMarkFile(dataDir), jsonParserFor(markSchema), {
    defaults: () => ({ contentVersion: 0 }),
    ...(log ? { log } : {}),
  })
  return read.value.contentVersion
}

/** Raises the recorded mark to `version`; never lowers it (a lower value is ignored). */
export async function raiseHighWaterMark(
  dataDir: string,
  version: number,
  onStep?: (step: string) => void | Promise<void>,
): Promise<void> {
  if (version <= (await readRecordedHighWaterMark(dataDir))) return
  await mkdir(join(dataDir, 'updates'), { recursive: true })
  await writeFileDurable(
    highWaterMarkFile(dataDir),
    `${JSON.stringify({ contentVersion: version })}\n`,
    {
      onStep: (e) => onStep?.(`hwm:${e.phase}:${e.step}`),
    },
  )
}
