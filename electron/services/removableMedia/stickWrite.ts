import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { errorCode } from '../durableFs'

/**
 * The one way the kiosk writes to removable media (USB sticks, watched folders): stats exports,
 * diagnostics, update receipts. Whoever prepared the stick controls everything below its root,
 * so a link anywhere there could turn "write an export" into "overwrite the PIN record". Every
 * component under the root is lstat'd and must be a real folder; folders are created one level at
 * a time (mkdir never follows a link); files are created with O_CREAT|O_EXCL|O_NOFOLLOW, which
 * refuses any existing name, links included; a replaced file is written to a fresh temp name and
 * renamed over the old one, which replaces a link instead of writing through it. The kiosk's own
 * path to the root (the mount point or a configured folder) is trusted and resolved once.
 *
 * Node has no openat(), so a live process swapping a folder for a link between the check and the
 * write could still win; a stick cannot, and the udev mount rule adds `nosymfollow` as well.
 */

/** Thrown when the stick holds a link (or a non-folder) where the kiosk must write. */
export class StickLinkError extends Error {
  constructor(readonly path: string) {
    super(`${path} on the stick is a link or not a folder; nothing written there`)
    this.name = 'StickLinkError'
  }
}

const noFollow = process.platform === 'win32' ? 0 : constants.O_NOFOLLOW

/** Checks that `path` is a real folder, not a link; returns false when it does not exist. */
async function isRealFolder(path: string): Promise<boolean> {
  try {
    const info = await lstat(path)
    if (info.isSymbolicLink() || !info.isDirectory()) throw new StickLinkError(path)
    return true
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false
    throw err
  }
}

/** The stick's own folder, resolved once (the kiosk named it); a pulled stick is an error. */
async function stickRoot(root: string): Promise<string> {
  const dir = await realpath(root).catch((err: unknown) => {
    if (errorCode(err) === 'ENOENT') throw new Error(`${root} is not there (stick pulled?)`)
    throw err
  })
  if (!(await isRealFolder(dir))) throw new Error(`${root} is not there (stick pulled?)`)
  return dir
}

/** Splits a relative path into names, refusing `..`, `.` and absolute paths. */
function namesOf(relative: string): string[] {
  const names = relative.split(/[\\/]/).filter((n) => n !== '')
  if (names.length === 0 || relative.startsWith('/') || relative.startsWith(sep)) {
    throw new Error(`not a path under the stick: ${relative}`)
  }
  for (const n of names) {
    if (n === '.' || n === '..') throw new Error(`not a path under the stick: ${relative}`)
  }
  return names
}

/**
 * Makes `root/<folder>` (each level a real folder, created if missing) and returns its path.
 * Throws StickLinkError if any level under `root` is a link or a file.
 */
export async function ensureStickFolder(root: string, folder: string): Promise<string> {
  let dir = await stickRoot(root)
  for (const name of namesOf(folder)) {
    dir = join(dir, name)
    if (await isRealFolder(dir)) continue
    try {
      await mkdir(dir)
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err
    }
    // Re-check: whatever is there now (ours, or something that appeared meanwhile) must be a folder.
    if (!(await isRealFolder(dir))) throw new StickLinkError(dir)
  }
  return dir
}

async function createExclusive(file: string, data: string | Uint8Array): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | noFollow
  const handle = await open(file, flags, 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export interface StickWriteOptions {
  /** `new`: refuse an existing name (receipts); `replace`: temp then rename over it (exports). */
  mode: 'new' | 'replace'
}

/**
 * Writes `data` to `root/<relative>` (folders created as needed) without following any link under
 * `root`, synced before it is visible under its final name. Returns the file's path.
 */
export async function writeStickFile(
  root: string,
  relative: string,
  data: string | Uint8Array,
  options: StickWriteOptions,
): Promise<string> {
  const names = namesOf(relative)
  const fileName = names.pop()!
  const dir =
    names.length > 0 ? await ensureStickFolder(root, names.join('/')) : await stickRoot(root)
  const file = join(dir, fileName)
  if (options.mode === 'new') {
    await createExclusive(file, data)
    return file
  }
  const temp = join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`)
  await createExclusive(temp, data)
  try {
    // The folder must still be the one we checked; rename then replaces a link, never follows it.
    if (!(await isRealFolder(dir))) throw new StickLinkError(dir)
    await rename(temp, file)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
  return file
}
