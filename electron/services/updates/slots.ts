import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  FILES_FOLDER,
  MANIFEST_NAME,
  SIGNATURE_NAME,
  storedFileName,
} from '../../../common/update/manifest'
import { backupPathOf } from '../durableFile'
import { createNodeDurableFs } from '../durableFs'
import type { Logger } from '../logger/logger'
import { raiseHighWaterMark, readRecordedHighWaterMark } from './highWaterMark'
import { readPublicKey } from './keys'
import {
  ensureSlotsDir,
  listSlots,
  listStaging,
  pointerFile,
  readPointer,
  slotDir,
  slotsDir,
  STAGING_SUFFIX,
  writePointer,
} from './slotLayout'
import { checkSlot, isSlotWhole, type CheckedSlot } from './slotVerify'
import { addTrustedKey, revokeKeyIds } from './trustedKeys'
import type { VerifiedPackage } from './verifyPackage'

/** Called before each step of an apply; the crash test stops the process at each one. */
export type StepHook = (step: string) => void | Promise<void>

/**
 * The slot the kiosk serves, checked once (at start-up by `loadActiveSlot`, at install from the
 * verified package, at rollback by `checkSlot`) and then handed on as this typed value.
 */
export interface ActiveSlot extends CheckedSlot {
  /** True when the pointer's active slot was unusable and an older one is served. */
  fellBack: boolean
  problems: string[]
}

const fs = createNodeDurableFs()

/**
 * The slot to serve at start-up: the pointer's active slot if it still verifies, else the
 * previous slot, else (pointer unreadable) the newest slot that verifies; null means serve the
 * factory content. Never throws and never writes content, so a damaged disk cannot stop start-up.
 */
export async function loadActiveSlot(dataDir: string, log?: Logger): Promise<ActiveSlot | null> {
  const problems: string[] = []
  try {
    const { pointer, problems: pointerProblems } = await readPointer(dataDir, log)
    problems.push(...pointerProblems.map((p) => `pointer: ${p}`))
    const candidates = pointer
      ? [pointer.active, ...(pointer.previous ? [pointer.previous] : [])]
      : await listSlots(dataDir)
    for (const [index, slot] of candidates.entries()) {
      const check = await checkSlot(dataDir, slot)
      if (!check.ok) {
        problems.push(check.reason)
        log?.({ level: 'error', area: 'updates', message: `passed over ${check.reason}` })
        continue
      }
      return { ...check.slot, fellBack: index > 0 || pointer === null, problems }
    }
  } catch (err) {
    problems.push(String(err))
  }
  if (problems.length > 0) {
    log?.({
      level: 'error',
      area: 'updates',
      message: `no usable update slot (${problems.join('; ')}); serving factory content`,
    })
  }
  return null
}

const versionOf = (slot: string) => Number(slot.slice(1, slot.indexOf('-')))

/**
 * The version a package must exceed: the recorded mark, but never below the mark the pointer
 * carries or a slot it names (a crash between the pointer switch and the mark's write is healed
 * here, and deleting the mark file and its copy cannot bring a rolled-back version back). A slot staged
 * but never committed does not count, so a package cut off before its commit can be retried.
 * With an unreadable pointer every slot counts, matching what start-up may serve. Never falls.
 */
export async function effectiveHighWaterMark(dataDir: string, log?: Logger): Promise<number> {
  const recorded = await readRecordedHighWaterMark(dataDir, log)
  const { pointer } = await readPointer(dataDir, log)
  const slots = pointer
    ? [pointer.active, ...(pointer.previous ? [pointer.previous] : [])]
    : await listSlots(dataDir)
  return Math.max(recorded, pointer?.highWaterMark ?? 0, ...slots.map(versionOf))
}

async function writeFresh(path: string, bytes: Uint8Array): Promise<void> {
  await rm(path, { force: true })
  await fs.createFile(path, bytes)
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  await writeFresh(path, bytes)
  await fs.syncFile(path)
}

/** The slot a verified package became, as a typed value: its content was validated on verify. */
function stagedSlot(dataDir: string, slot: string, pkg: VerifiedPackage): CheckedSlot {
  const dir = slotDir(dataDir, slot)
  const files = Object.fromEntries(
    pkg.files.map((f) => [f.entry.name, join(dir, FILES_FOLDER, storedFileName(f.entry))]),
  )
  return {
    slot,
    dir,
    manifest: pkg.manifest,
    content: pkg.content,
    contentSha256: pkg.contentFile.entry.sha256,
    contentFile: files[pkg.contentFile.entry.name]!,
    signerKeyId: pkg.signerKeyId,
    files,
  }
}

async function stage(dataDir: string, pkg: VerifiedPackage, step: StepHook): Promise<string> {
  await ensureSlotsDir(dataDir)
  for (const leftover of await listStaging(dataDir)) {
    await rm(join(slotsDir(dataDir), leftover), { recursive: true, force: true })
  }
  const slot = `v${pkg.manifest.contentVersion}-${randomBytes(4).toString('hex')}`
  const staging = slotDir(dataDir, slot + STAGING_SUFFIX)
  await mkdir(join(staging, FILES_FOLDER), { recursive: true })
  const paths = pkg.files.map((file) => join(staging, FILES_FOLDER, storedFileName(file.entry)))
  for (const [i, file] of pkg.files.entries()) {
    await step(`stage-file:${file.entry.name}`)
    await writeFresh(paths[i]!, file.bytes)
  }
  // Flushed together so the file system can batch them; nothing is committed before all are.
  await step('stage-sync')
  await Promise.all([...new Set(paths)].map((path) => fs.syncFile(path)))
  await step('stage-manifest')
  await fs.syncFolder(join(staging, FILES_FOLDER))
  await writeSynced(join(staging, MANIFEST_NAME), pkg.manifestBytes)
  await writeSynced(join(staging, SIGNATURE_NAME), new TextEncoder().encode(pkg.signatureText))
  await fs.syncFolder(staging)
  await step('slot-rename')
  await rename(staging, slotDir(dataDir, slot))
  await fs.syncFolder(slotsDir(dataDir))
  return slot
}

/** Keys carried by a package (rotation) and key ids it revokes, stored before the commit. */
async function installKeys(dataDir: string, pkg: VerifiedPackage): Promise<void> {
  for (const file of pkg.files.filter((f) => f.entry.role === 'key')) {
    const key = readPublicKey(new TextDecoder().decode(file.bytes))
    if (key.ok) await addTrustedKey(dataDir, key.value)
  }
  await revokeKeyIds(dataDir, pkg.manifest.revokeKeyIds ?? [])
}

async function prune(dataDir: string, keep: readonly string[]): Promise<void> {
  for (const slot of await listSlots(dataDir)) {
    if (!keep.includes(slot)) await rm(slotDir(dataDir, slot), { recursive: true, force: true })
  }
}

/**
 * Installs a verified package: stage a new slot (each file written and fsynced, folders
 * fsynced), rename it into place, then switch the pointer — the single commit point — keeping
 * the old active slot as `previous`. Then the high-water mark is raised and older slots pruned.
 * A crash at any step leaves the old or the new content complete (see slots.crash.test.ts).
 */
export async function applyPackage(
  dataDir: string,
  pkg: VerifiedPackage,
  onStep: StepHook = () => {},
): Promise<{ slot: string; previous: string | null; installed: ActiveSlot }> {
  const slot = await stage(dataDir, pkg, onStep)
  await onStep('install-keys')
  await installKeys(dataDir, pkg)
  const { pointer } = await readPointer(dataDir)
  // The active slot's content was validated when it was installed; here it only has to be whole.
  const previous =
    pointer && (await isSlotWhole(dataDir, pointer.active)).ok ? pointer.active : null
  const highWaterMark = Math.max(await effectiveHighWaterMark(dataDir), pkg.manifest.contentVersion)
  await onStep('pointer')
  await writePointer(dataDir, { active: slot, previous, highWaterMark }, onStep)
  await onStep('high-water-mark')
  await raiseHighWaterMark(dataDir, pkg.manifest.contentVersion, onStep)
  await onStep('prune')
  await prune(dataDir, [slot, ...(previous ? [previous] : [])])
  await onStep('done')
  const installed = { ...stagedSlot(dataDir, slot, pkg), fellBack: false, problems: [] }
  return { slot, previous, installed }
}

/**
 * Makes the previous slot active again (an administrator's undo). The high-water mark is kept,
 * so the rolled-back kiosk still refuses packages at or below the version it had installed.
 */
export async function rollbackToPrevious(
  dataDir: string,
): Promise<{ ok: true; slot: string; active: ActiveSlot } | { ok: false; reason: string }> {
  const { pointer } = await readPointer(dataDir)
  if (!pointer?.previous) return { ok: false, reason: 'there is no previous content to go back to' }
  const check = await checkSlot(dataDir, pointer.previous)
  if (!check.ok) return { ok: false, reason: `the previous content is damaged: ${check.reason}` }
  const highWaterMark = await effectiveHighWaterMark(dataDir)
  await raiseHighWaterMark(dataDir, highWaterMark)
  await writePointer(dataDir, { active: pointer.previous, previous: null, highWaterMark })
  await prune(dataDir, [pointer.previous])
  return {
    ok: true,
    slot: pointer.previous,
    active: { ...check.slot, fellBack: false, problems: [] },
  }
}

/**
 * Back to the factory content after the first install failed its health check (there is no
 * previous slot): the slot and the pointer (with its backup) go, so start-up and the content
 * service serve the bundled content. The recorded high-water mark stays where the install put it.
 */
export async function rollbackToFactory(
  dataDir: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { pointer } = await readPointer(dataDir)
  if (!pointer) return { ok: false, reason: 'no installed content to remove' }
  if (pointer.previous) return { ok: false, reason: 'there is previous content to go back to' }
  await raiseHighWaterMark(dataDir, await effectiveHighWaterMark(dataDir))
  await rm(pointerFile(dataDir), { force: true })
  await rm(backupPathOf(pointerFile(dataDir)), { force: true })
  await fs.syncFolder(slotsDir(dataDir))
  await prune(dataDir, [])
  return { ok: true }
}
