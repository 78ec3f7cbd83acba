import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'
import { slotsDir } from '../updates/slotLayout'

const markSchema = z.object({ version: z.number().int().min(0) }).strict()

/**
 * The highest kiosk-config package version this kiosk has applied, in two homes outside
 * `admin/` (beside the PIN marker's), each with its `.bak` copy: losing the PIN record must not
 * lose the mark too, or an old provisioning stick would bring an old PIN back.
 */
export const configMarkFiles = (dataDir: string): readonly string[] => [
  join(dataDir, 'config-package-mark.json'),
  join(slotsDir(dataDir), 'config-package-mark.json'),
]

export interface ConfigMark {
  /** The highest version applied (0 when none); the largest of every copy that can be read. */
  read(): Promise<number>
  /** Raises the mark in every home; never lowers it. */
  raise(version: number): Promise<void>
}

/** The config-package high-water mark over `files` (default homes: configMarkFiles). */
export function openConfigMark(files: readonly string[], log?: Logger): ConfigMark {
  const read = async () => {
    const values = await Promise.all(
      files.map(async (file) => {
        const got = await readDurable(file, jsonParserFor(markSchema), {
          defaults: () => ({ version: 0 }),
          ...(log ? { log } : {}),
        })
        return got.value.version
      }),
    )
    return Math.max(0, ...values)
  }
  return {
    read,
    async raise(version) {
      if (version <= (await read())) return
      const text = `${JSON.stringify({ version })}\n`
      await Promise.all(
        files.map(async (file) => {
          await mkdir(dirname(file), { recursive: true })
          await writeFileDurable(file, text)
        }),
      )
    },
  }
}
