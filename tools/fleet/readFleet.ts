import { readdir, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import { readCappedFile } from '../../electron/services/cappedRead'
import {
  KIOSK_STATUS_FOLDER,
  KIOSK_STATUS_MAX_BYTES,
  parseKioskStatus,
  type KioskStatus,
} from '../../common/fleet/kioskStatus'
import { LIMITS, MANIFEST_NAME, manifestSchema, PACKAGE_FOLDER } from '../../common/update/manifest'

/** One status file that parsed: the kiosk's own statement, and where it was found. */
export type LoadedStatus = { file: string; status: KioskStatus }

/** A status file the report could not use, and why (shown in the report, never fatal). */
export type FileProblem = {
  file: string
  kind: 'malformed' | 'unknown-format' | 'unreadable' | 'duplicate' | 'misnamed'
  reason: string
}

/**
 * A package seen in a folder. Its signature is NOT checked: the report only compares versions,
 * and a forged manifest can at worst make kiosks look behind, never install anything.
 */
export type SeenPackage = { file: string; contentVersion: number; targets?: string[] }

export type FleetInput = {
  statuses: LoadedStatus[]
  problems: FileProblem[]
  packages: SeenPackage[]
}

type Read = { text: string } | { error: string }

/**
 * Reads at most `cap` bytes of a regular file through the services' one untrusted-file reader
 * (no link followed, size checked on the open file): a sync peer can put anything in the folder.
 */
async function readCapped(path: string, cap: number): Promise<Read> {
  try {
    const read = await readCappedFile(path, cap, basename(path))
    return { text: Buffer.from(read.bytes).toString('utf8') }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP')
      return { error: 'a link, not a regular file' }
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return { error: 'not a regular file' }
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

/** How a file is named in the report: relative to where the command ran, unless that climbs out. */
function labelOf(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

/** `*.json` in a folder, sorted; sync engines' temporary names (`.syncthing.*.tmp`, `~`) are not. */
async function jsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => !e.isDirectory() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => join(folder, e.name))
    .sort()
}

/** The status folder of a synced folder, or the folder itself when it is `KIOSK-STATUS`. */
const statusFolderOf = (folder: string) =>
  basename(folder) === KIOSK_STATUS_FOLDER ? folder : join(folder, KIOSK_STATUS_FOLDER)

const PARALLEL_READS = 32

async function readStatus(path: string, label: string): Promise<LoadedStatus | FileProblem> {
  const read = await readCapped(path, KIOSK_STATUS_MAX_BYTES)
  if ('error' in read) return { file: label, kind: 'unreadable', reason: read.error }
  if (read.text.trim() === '')
    return { file: label, kind: 'malformed', reason: 'empty (still being written or cut short)' }
  const parsed = parseKioskStatus(read.text)
  if (parsed.ok) return { file: label, status: parsed.status }
  return {
    file: label,
    kind: 'unknownFormat' in parsed ? 'unknown-format' : 'malformed',
    reason: parsed.reason,
  }
}

async function readPackage(folder: string, cwd: string): Promise<SeenPackage | undefined> {
  const path = join(folder, PACKAGE_FOLDER, MANIFEST_NAME)
  if (!(await stat(path).catch(() => undefined))) return undefined
  const read = await readCapped(path, LIMITS.manifestBytes)
  if ('error' in read) return undefined
  try {
    const manifest = manifestSchema.safeParse(JSON.parse(read.text))
    if (!manifest.success) return undefined
    return {
      file: labelOf(cwd, path),
      contentVersion: manifest.data.contentVersion,
      ...(manifest.data.targets ? { targets: manifest.data.targets } : {}),
    }
  } catch {
    return undefined
  }
}

/**
 * Collects every kiosk status file (`<folder>/KIOSK-STATUS/*.json`) and every package manifest
 * (`<folder>/KIOSK-UPDATE/manifest.json`) of the given folders. A file that cannot be used is
 * returned with its reason; a kiosk found twice (two folders, a sync engine's conflict copy)
 * keeps its newest statement and the others are listed as duplicates.
 */
export async function readFleet(folders: readonly string[], cwd: string): Promise<FleetInput> {
  const found: LoadedStatus[] = []
  const problems: FileProblem[] = []
  const packages: SeenPackage[] = []
  for (const folder of folders) {
    const path = resolve(cwd, folder)
    const info = await stat(path).catch(() => undefined)
    if (!info?.isDirectory()) {
      problems.push({ file: folder, kind: 'unreadable', reason: 'no such folder' })
      continue
    }
    const files = await jsonFiles(statusFolderOf(path))
    // A few reads at a time: one by one, a thousand files wait on a thousand round trips.
    for (let i = 0; i < files.length; i += PARALLEL_READS) {
      const batch = files.slice(i, i + PARALLEL_READS)
      for (const loaded of await Promise.all(batch.map((f) => readStatus(f, labelOf(cwd, f))))) {
        if ('status' in loaded) found.push(loaded)
        else problems.push(loaded)
      }
    }
    const pkg = await readPackage(path, cwd)
    if (pkg) packages.push(pkg)
  }
  return { statuses: keepNewest(found, problems), problems, packages }
}

/** One statement per kiosk: the latest `writtenAt` wins; the rest are named as duplicates. */
function keepNewest(found: LoadedStatus[], problems: FileProblem[]): LoadedStatus[] {
  const byKiosk = new Map<string, LoadedStatus>()
  for (const loaded of found) {
    const id = loaded.status.kioskId
    if (basename(loaded.file) !== `${id}.json`) {
      problems.push({
        file: loaded.file,
        kind: 'misnamed',
        reason: `says it is kiosk ${id} but is not named ${id}.json (a copy?)`,
      })
    }
    const kept = byKiosk.get(id)
    if (!kept) {
      byKiosk.set(id, loaded)
      continue
    }
    const newer =
      Date.parse(loaded.status.writtenAt) > Date.parse(kept.status.writtenAt) ? loaded : kept
    const older = newer === loaded ? kept : loaded
    byKiosk.set(id, newer)
    problems.push({
      file: older.file,
      kind: 'duplicate',
      reason: `another status of kiosk ${id} is newer (${newer.file}); this one is ignored`,
    })
  }
  return [...byKiosk.values()]
}
