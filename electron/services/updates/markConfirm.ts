import { rm } from 'node:fs/promises'
import type { Logger } from '../logger/logger'
import { raiseHighWaterMark } from './highWaterMark'
import { listSlots, readPointer, slotDir, writePointer } from './slotLayout'
import { effectiveHighWaterMark, loadActiveSlot, type ActiveSlot } from './slots'

/**
 * Finding 10 of issue 23: the pointer (which carries the high-water mark) is missing or damaged
 * while installed slots exist. Only a fault or tampering gets there (the pointer is written at
 * every install, and a rollback keeps it), and the mark rebuilt from the slots left may be lower
 * than the one lost — after a rollback the newer slot is gone. So installs wait for an
 * administrator to confirm what is installed.
 */
export async function installedVersionsUnconfirmed(dataDir: string, log?: Logger) {
  const { pointer } = await readPointer(dataDir, log)
  return pointer === null && (await listSlots(dataDir)).length > 0
}

export const UNCONFIRMED_REASON =
  "this kiosk's record of installed versions (content-slots/pointer.json) is missing or damaged while installed content is present; an administrator must confirm the installed versions (Maintenance → Confirm installed versions) before packages install again"

export type ConfirmResult =
  { ok: true; detail: string; active: ActiveSlot | null } | { ok: false; reason: string }

/**
 * The administrator's confirmation: the mark as it can still be known (the recorded mark in its
 * homes, the slots present) is written down, and a new pointer names the slot being served (the
 * newest that verifies); when none verifies, the unusable slots are removed and the factory
 * content stays. Refused when there is nothing to confirm.
 */
export async function confirmInstalledVersions(
  dataDir: string,
  log?: Logger,
): Promise<ConfirmResult> {
  if (!(await installedVersionsUnconfirmed(dataDir, log))) {
    return { ok: false, reason: 'nothing to confirm: the record of installed versions is intact' }
  }
  const mark = await effectiveHighWaterMark(dataDir, log)
  await raiseHighWaterMark(dataDir, mark)
  const active = await loadActiveSlot(dataDir, log)
  if (active) {
    await writePointer(dataDir, { active: active.slot, previous: null, highWaterMark: mark })
    return { ok: true, detail: `serving ${active.slot}; high-water mark ${mark}`, active }
  }
  await Promise.all(
    (await listSlots(dataDir)).map((s) =>
      rm(slotDir(dataDir, s), { recursive: true, force: true }),
    ),
  )
  return { ok: true, detail: `no installed slot verifies; factory content; mark ${mark}`, active }
}
