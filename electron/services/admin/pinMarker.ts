import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { readDurable, writeFileDurable } from '../durableFile'
import { jsonParserFor } from '../durableStore'
import type { Logger } from '../logger/logger'
import { slotsDir } from '../updates/slotLayout'

/**
 * What the kiosk must remember about its admin PIN even when `admin/pin.json` is lost, damaged or
 * replaced by an older copy: that a PIN was ever provisioned, the PIN's generation (raised by each
 * new PIN), and the throttle (failures, lock end). Kept outside `admin/`, so one fault there
 * cannot open a first-PIN screen or reset the throttle.
 */
export const pinMarkerSchema = z
  .object({
    provisioned: z.boolean(),
    generation: z.number().int().min(0),
    failures: z.number().int().min(0),
    lockedUntil: z.number().int().min(0),
  })
  .strict()
export type PinMarker = z.infer<typeof pinMarkerSchema>

const EMPTY: PinMarker = { provisioned: false, generation: 0, failures: 0, lockedUntil: 0 }

/**
 * The marker's two independent homes: beside the settings, and in the update slot area beside the
 * slot pointer (which carries the content high-water mark). Each is written durably with its own
 * `.bak` copy.
 */
export const pinMarkerFiles = (dataDir: string): readonly string[] => [
  join(dataDir, 'admin-marker.json'),
  join(slotsDir(dataDir), 'admin-marker.json'),
]

/** The strongest of several markers: provisioned if any says so, highest counts and lock. */
export function mergeMarkers(markers: readonly PinMarker[]): PinMarker {
  return markers.reduce(
    (a, b) => ({
      provisioned: a.provisioned || b.provisioned,
      generation: Math.max(a.generation, b.generation),
      failures: Math.max(a.failures, b.failures),
      lockedUntil: Math.max(a.lockedUntil, b.lockedUntil),
    }),
    EMPTY,
  )
}

export interface PinMarkerStore {
  /** The merged marker as last read or written. */
  current(): PinMarker
  /** Writes `next` to every home; resolves once all are on disk. */
  write(next: PinMarker): Promise<void>
}

/** Reads every copy (a damaged one counts as empty, never throws) and merges them. */
export async function openPinMarker(
  files: readonly string[],
  log?: Logger,
): Promise<PinMarkerStore> {
  const reads = await Promise.all(
    files.map((file) =>
      readDurable(file, jsonParserFor(pinMarkerSchema), {
        defaults: () => EMPTY,
        ...(log ? { log } : {}),
      }),
    ),
  )
  let marker = mergeMarkers(reads.map((r) => r.value))
  return {
    current: () => marker,
    async write(next) {
      marker = next
      const text = `${JSON.stringify(next)}\n`
      await Promise.all(
        files.map(async (file) => {
          await mkdir(dirname(file), { recursive: true })
          await writeFileDurable(file, text)
        }),
      )
    },
  }
}
