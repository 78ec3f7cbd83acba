import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { checkContentText } from '../../common/content/check'
import type { Content } from '../../common/content/schema'
import { chinaDay } from '../../common/content/visibility'
import { createClock } from '../../electron/services/clock'

/** Writes next to the target, then renames: a reader never sees half a workbook or JSON file. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
}

/** Reads a content file whose shape is valid (semantic errors are the checker's business). */
export async function readContentFile(
  path: string,
  label: string,
): Promise<{ content: Content } | { errors: string[] }> {
  const text = await readFile(path, 'utf8').catch((e: unknown) =>
    e instanceof Error ? e : new Error(String(e)),
  )
  if (text instanceof Error) return { errors: [`${label}: cannot read: ${text.message}`] }
  const checked = checkContentText(text, label)
  if (!checked.content) {
    return {
      errors: checked.problems.map((p) => `${label}: ${p.severity} ${p.path}: ${p.message}`),
    }
  }
  return { content: checked.content }
}

/**
 * Today in China (the kiosks' calendar), or KIOSK_NOW when a test or rehearsal sets it — read by
 * the kiosk's own clock, so the office tools and `check` agree on the day and on what a valid
 * KIOSK_NOW is; a bad one is named through `warn` and the real clock is used.
 */
export function todayInChina(
  warn: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const clock = createClock(env)
  if (clock.warning) warn(clock.warning)
  return chinaDay(clock.now())
}
