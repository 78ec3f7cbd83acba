import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { errorCode } from '../durableFs'
import { readDurable, writeFileDurable, type DurableStepEvent } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'

/**
 * Where installed updates live: `<dataDir>/content-slots/<slot>/` holds one verified package
 * (manifest, signature, files), `pointer.json` names the active slot and the previous one.
 * Replacing the pointer file is the single commit point of an update.
 */
export const slotsDir = (dataDir: string) => join(dataDir, 'content-slots')
export const pointerFile = (dataDir: string) => join(slotsDir(dataDir), 'pointer.json')
export const slotDir = (dataDir: string, slot: string) => join(slotsDir(dataDir), slot)

export const STAGING_SUFFIX = '.staging'
const slotNamePattern = /^v\d+-[0-9a-f]{8}$/
const slotNameSchema = z.string().regex(slotNamePattern)

export const pointerSchema = z
  .object({
    active: slotNameSchema,
    previous: slotNameSchema.nullable(),
    /**
     * The content high-water mark when the pointer was written: a second home for the mark, so
     * losing `high-water-mark.json` and its copy cannot lower it (after a rollback the active
     * slot is older than the mark). Absent in pointers written before it was added.
     */
    highWaterMark: z.number().int().min(0).optional(),
  })
  .strict()
export type SlotPointer = z.infer<typeof pointerSchema>

export interface PointerRead {
  pointer: SlotPointer | null
  /** Why the pointer (or its backup copy) could not be used. */
  problems: string[]
}

/** Reads the pointer; a missing, empty, truncated or NUL-filled file yields null, never a throw. */
export async function readPointer(dataDir: string, log?: Logger): Promise<PointerRead> {
  const read = await readDurable<SlotPointer | null>(
    pointerFile(dataDir),
    jsonParserFor(pointerSchema),
    {
      defaults: () => null,
      ...(log ? { log } : {}),
    },
  )
  return { pointer: read.value, problems: read.problems }
}

/** Switches the pointer: temp → fsync → rename → fsync folder (via writeFileDurable). */
export async function writePointer(
  dataDir: string,
  pointer: SlotPointer,
  onStep?: (step: string) => void | Promise<void>,
): Promise<void> {
  await writeFileDurable(pointerFile(dataDir), `${JSON.stringify(pointer)}\n`, {
    onStep: (e: DurableStepEvent) => onStep?.(`pointer:${e.phase}:${e.step}`),
  })
}

/** Committed slot folder names (staging folders excluded), newest version first. */
export async function listSlots(dataDir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(slotsDir(dataDir))
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return []
    throw err
  }
  const version = (name: string) => Number(name.slice(1, name.indexOf('-')))
  return names.filter((n) => slotNamePattern.test(n)).sort((a, b) => version(b) - version(a))
}

/** Staging folders left by an interrupted apply. */
export async function listStaging(dataDir: string): Promise<string[]> {
  const names = await readdir(slotsDir(dataDir)).catch(() => [] as string[])
  return names.filter((n) => n.endsWith(STAGING_SUFFIX))
}

/** Creates the slots folder if needed (first update on a new kiosk). */
export async function ensureSlotsDir(dataDir: string): Promise<void> {
  await mkdir(slotsDir(dataDir), { recursive: true })
}
