import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { createNodeDurableFs, type DurableFs } from './durableFs'
import { consoleLogger, type Logger } from './logger/logger'

/**
 * Durable files: a write either happens completely or not at all, even across a power cut,
 * and a read never fails on bad bytes.
 *
 * Scheme (two copies, each replaced atomically, one after the other):
 *   1. backup phase: write `<file>.bak.<rand>.tmp` → fsync → rename onto `<file>.bak` → fsync folder
 *   2. main phase:   write `<file>.<rand>.tmp`     → fsync → rename onto `<file>`     → fsync folder
 * Why a crash at any point leaves a good state: during phase 1 the main file is untouched and
 * still holds the previous complete, synced state; phase 1 ends with the backup holding the new
 * state synced to disk; during phase 2 the backup is untouched. So at every instant at least one
 * of the two files is complete, and it holds either the old or the new state. A temp file is only
 * renamed after fsync, so a rename can never expose unsynced bytes. `readDurable` tries the main
 * file, then the backup, then the defaults.
 */

export type DurableStep = 'temp-written' | 'temp-synced' | 'renamed' | 'folder-synced'

/** Reported after each step of a write; `phase` says which copy is being replaced. */
export interface DurableStepEvent {
  phase: 'backup' | 'main'
  step: DurableStep
  /** The file being replaced (`<file>.bak` or `<file>`). */
  target: string
}

export interface DurableWriteOptions {
  fs?: DurableFs
  /** Called after every step; tests use it to cut the power between steps. */
  onStep?: (event: DurableStepEvent) => void | Promise<void>
}

export interface DurableReadOptions<T> {
  fs?: DurableFs
  log?: Logger
  /** The state to start from when neither copy is usable. */
  defaults: () => T
}

/** Whether file text could be turned into a value, and if not, why (shown to staff). */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; reason: string }

export interface DurableRead<T> {
  value: T
  /** Which copy the value came from; `defaults` on a first start or when both copies are bad. */
  source: 'main' | 'backup' | 'defaults'
  /** Why the copies that were passed over were unusable (empty when the main file was good). */
  problems: string[]
}

const defaultFs = createNodeDurableFs()
/** Temp files of writes in progress in this process; start-up clean-up must not delete them. */
const inFlightTemps = new Set<string>()
/** Writes to the same file run one after another, so the last call always wins. */
const writeQueues = new Map<string, Promise<void>>()

/** The last-good copy kept next to `file`. */
export const backupPathOf = (file: string): string => `${file}.bak`
/** Where a copy that could not be read is kept for inspection (one per file, the latest). */
export const corruptPathOf = (file: string): string => `${file}.corrupt`

async function replaceAtomically(
  fs: DurableFs,
  target: string,
  bytes: Uint8Array,
  phase: DurableStepEvent['phase'],
  onStep: DurableWriteOptions['onStep'],
): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`
  const step = async (name: DurableStep) => onStep?.({ phase, step: name, target })
  inFlightTemps.add(temp)
  let renamed = false
  try {
    await fs.createFile(temp, bytes)
    await step('temp-written')
    await fs.syncFile(temp)
    await step('temp-synced')
    await fs.rename(temp, target)
    renamed = true
    await step('renamed')
    await fs.syncFolder(dirname(target))
    await step('folder-synced')
  } catch (err) {
    if (!renamed) await fs.remove(temp).catch(() => undefined)
    throw err
  } finally {
    inFlightTemps.delete(temp)
  }
}

/**
 * Replaces `file` with `data` so that after a crash or power cut at any moment the file (or its
 * `.bak` copy) holds either the previous or the new contents in full — see the scheme above.
 * Writes to the same path are serialized. Rejects when the disk refuses a step.
 */
export async function writeFileDurable(
  file: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? defaultFs
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const key = resolve(file)
  const previous = writeQueues.get(key) ?? Promise.resolve()
  const run = previous.then(async () => {
    await replaceAtomically(fs, backupPathOf(file), bytes, 'backup', options.onStep)
    await replaceAtomically(fs, file, bytes, 'main', options.onStep)
  })
  const settled = run.catch(() => undefined)
  writeQueues.set(key, settled)
  void settled.then(() => {
    if (writeQueues.get(key) === settled) writeQueues.delete(key)
  })
  return run
}

type Inspection<T> =
  | { kind: 'missing' }
  | { kind: 'bad'; reason: string }
  | { kind: 'good'; value: T; bytes: Uint8Array }

async function inspect<T>(
  fs: DurableFs,
  file: string,
  parse: (text: string) => ParseOutcome<T>,
): Promise<Inspection<T>> {
  let bytes: Uint8Array | null
  try {
    bytes = await fs.readFile(file)
  } catch (err) {
    return { kind: 'bad', reason: `could not be read (${String(err)})` }
  }
  if (bytes === null) return { kind: 'missing' }
  if (bytes.length === 0) return { kind: 'bad', reason: 'the file is empty (0 bytes)' }
  if (bytes.every((b) => b === 0)) {
    return {
      kind: 'bad',
      reason: `the file holds only NUL bytes (${bytes.length}), as a write cut off by a power loss leaves it`,
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { kind: 'bad', reason: 'the file is not valid UTF-8 text' }
  }
  let outcome: ParseOutcome<T>
  try {
    outcome = parse(text)
  } catch (err) {
    outcome = { ok: false, reason: String(err) }
  }
  return outcome.ok
    ? { kind: 'good', value: outcome.value, bytes }
    : { kind: 'bad', reason: outcome.reason }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Deletes temp files that an interrupted write of `file` left behind. */
async function removeLeftoverTemps(fs: DurableFs, file: string, log: Logger): Promise<void> {
  const dir = dirname(file)
  const pattern = new RegExp(`^${escapeRegExp(basename(file))}(\\.bak)?\\.[0-9a-f]+\\.tmp$`)
  let names: string[]
  try {
    names = await fs.list(dir)
  } catch {
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    if (!pattern.test(name) || inFlightTemps.has(path)) continue
    try {
      await fs.remove(path)
      log({
        level: 'info',
        area: 'durable-file',
        message: `removed a temp file left by an interrupted write: ${name}`,
        file,
      })
    } catch (err) {
      log({
        level: 'warn',
        area: 'durable-file',
        message: `could not remove ${name}: ${String(err)}`,
        file,
      })
    }
  }
}

/** Keeps an unreadable main file aside for inspection, then restores the main file from `bytes`. */
async function repairMain(
  fs: DurableFs,
  file: string,
  bytes: Uint8Array | null,
  mainWasBad: boolean,
  log: Logger,
): Promise<void> {
  try {
    if (mainWasBad) {
      await fs.remove(corruptPathOf(file))
      await fs.rename(file, corruptPathOf(file))
      await fs.syncFolder(dirname(file))
    }
    if (bytes) await replaceAtomically(fs, file, bytes, 'main', undefined)
  } catch (err) {
    log({
      level: 'warn',
      area: 'durable-file',
      message: `could not repair the file: ${String(err)}`,
      file,
    })
  }
}

/**
 * Reads a durably written file. Never throws on bad data: an empty, truncated, NUL-filled,
 * non-UTF-8 or invalid main file is passed over for the `.bak` copy, then for the defaults; each
 * recovery is logged with the file and the reason. A bad main file is kept as `<file>.corrupt`
 * and, when the backup was good, the main file is rewritten from it. Leftover temp files are
 * removed first.
 */
export async function readDurable<T>(
  file: string,
  parse: (text: string) => ParseOutcome<T>,
  options: DurableReadOptions<T>,
): Promise<DurableRead<T>> {
  const fs = options.fs ?? defaultFs
  const log = options.log ?? consoleLogger
  // A read in the same process never races a repair against a write in progress.
  await writeQueues.get(resolve(file))
  await removeLeftoverTemps(fs, file, log)

  const main = await inspect(fs, file, parse)
  if (main.kind === 'good') return { value: main.value, source: 'main', problems: [] }

  const problems = main.kind === 'bad' ? [`${basename(file)}: ${main.reason}`] : []
  const backup = await inspect(fs, backupPathOf(file), parse)
  if (backup.kind === 'good') {
    const why = main.kind === 'bad' ? main.reason : 'the file is missing'
    log({
      level: 'warn',
      area: 'durable-file',
      message: `${why}; recovered the last good copy from ${basename(backupPathOf(file))}`,
      file,
    })
    await repairMain(fs, file, backup.bytes, main.kind === 'bad', log)
    return { value: backup.value, source: 'backup', problems }
  }

  if (backup.kind === 'bad') problems.push(`${basename(backupPathOf(file))}: ${backup.reason}`)
  if (problems.length > 0) {
    log({
      level: 'error',
      area: 'durable-file',
      message: `no usable copy (${problems.join('; ')}); starting from defaults`,
      file,
    })
    if (main.kind === 'bad') await repairMain(fs, file, null, true, log)
  }
  return { value: options.defaults(), source: 'defaults', problems }
}
