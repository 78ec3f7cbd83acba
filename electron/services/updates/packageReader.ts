import type { Stats } from 'node:fs'
import { lstat, opendir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  FILES_FOLDER,
  LIMITS,
  MANIFEST_NAME,
  RESULTS_FOLDER,
  SIGNATURE_NAME,
} from '../../../common/update/manifest'
import { errorCode } from '../durableFs'
import { CappedReadError, readCappedFile, type CappedRead, type ReadProgress } from '../cappedRead'
import { formatBytes, refuse, RefusalError } from './refusal'

/** What a package folder holds, found with lstat only: nothing has been opened yet. */
export interface PackageListing {
  root: string
  manifestSize: number
  /** Absent when the package carries no signature file. */
  signatureSize?: number
  /** Regular files in `files/`, by name, with their size. */
  files: Map<string, number>
}

/** Names operating systems drop into folders on their own; never read, never trusted. */
const OS_LITTER =
  /^(\.DS_Store|\._.*|Thumbs\.db|desktop\.ini|\.Spotlight-V100|\.Trashes|\.fseventsd)$/i

/**
 * Errors that mean the medium went away (stick pulled, share dropped) rather than a bad
 * package; they become "the drive was removed while reading".
 */
const GONE_CODES = new Set([
  'ENOENT',
  'EIO',
  'ENODEV',
  'ENXIO',
  'ESTALE',
  'ENOTDIR',
  'EBADF',
  'ENOTCONN',
])

/** Whether anything (even a broken link) is at `path`; never throws. */
export async function pathExists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}

/** Turns a file-system error during reading into a refusal with a plain reason. */
export async function refusalForReadError(
  root: string,
  err: unknown,
  what: string,
): Promise<never> {
  if (err instanceof RefusalError) throw err
  const code = errorCode(err)
  if (!(await pathExists(root)) || (code !== undefined && GONE_CODES.has(code))) {
    refuse('drive-removed', 'the drive was removed while reading')
  }
  refuse('read-error', `${what} could not be read (${code ?? String(err)})`)
}

function requireRegularFile(info: Stats, label: string): void {
  if (info.isSymbolicLink())
    refuse('link', `${label} is a link, not a file: links are never followed`)
  if (!info.isFile()) refuse('not-a-file', `${label} is not a regular file`)
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined
    throw err
  }
}

/**
 * Step 1 of verification: walks the package with lstat only. Every entry must be a regular file
 * or a real folder (no symlinks, devices, sockets), manifest and signature must be within their
 * size caps, each file in `files/` within the largest per-file cap, and `files/` no larger than
 * the manifest's file-count cap (the walk stops there). Unknown top-level entries are refused so
 * that nothing on the stick goes unexamined.
 */
export async function listPackage(root: string): Promise<PackageListing> {
  try {
    const rootInfo = await lstatOrUndefined(root)
    if (!rootInfo) refuse('not-a-package', `no ${root} folder`)
    if (rootInfo.isSymbolicLink())
      refuse('link', 'the KIOSK-UPDATE folder is a link: links are never followed')
    if (!rootInfo.isDirectory()) refuse('not-a-package', 'KIOSK-UPDATE is not a folder')

    let manifestSize: number | undefined
    let signatureSize: number | undefined
    const files = new Map<string, number>()
    for await (const { name } of await opendir(root)) {
      if (OS_LITTER.test(name) || name === RESULTS_FOLDER) continue
      const info = await lstat(join(root, name))
      if (name === MANIFEST_NAME) {
        requireRegularFile(info, MANIFEST_NAME)
        manifestSize = info.size
      } else if (name === SIGNATURE_NAME) {
        requireRegularFile(info, SIGNATURE_NAME)
        signatureSize = info.size
      } else if (name === FILES_FOLDER) {
        if (info.isSymbolicLink())
          refuse('link', 'files/ is a link to a folder: links are never followed')
        if (!info.isDirectory()) refuse('not-a-file', 'files/ is not a folder')
        // Streamed, and stopped at the most a manifest may list: this walk runs before the
        // signature is checked, so an unsigned stick must not decide how long it takes.
        for await (const entry of await opendir(join(root, name))) {
          const fileName = entry.name
          if (OS_LITTER.test(fileName)) continue
          if (files.size >= LIMITS.files) {
            refuse(
              'too-many-files',
              `files/ holds more than ${LIMITS.files} files, the most a package may list`,
            )
          }
          const fileInfo = await lstat(join(root, name, fileName))
          if (fileInfo.isSymbolicLink()) {
            refuse('link', `files/${fileName} is a link: links are never followed`)
          }
          if (!fileInfo.isFile()) refuse('not-a-file', `files/${fileName} is not a regular file`)
          const cap = Math.max(LIMITS.contentBytes, LIMITS.mediaBytes, LIMITS.basemapBytes)
          if (fileInfo.size > cap) {
            refuse(
              'too-large',
              `files/${fileName} is ${formatBytes(fileInfo.size)}, over the ${formatBytes(cap)} limit`,
            )
          }
          files.set(fileName, fileInfo.size)
        }
      } else {
        refuse('unexpected-entry', `unexpected item "${name}" in the package folder`)
      }
    }
    if (manifestSize === undefined) refuse('not-a-package', 'the package has no manifest.json')
    if (manifestSize > LIMITS.manifestBytes) {
      refuse(
        'too-large',
        `manifest.json is ${formatBytes(manifestSize)}, over the ${formatBytes(LIMITS.manifestBytes)} limit`,
      )
    }
    if (signatureSize !== undefined && signatureSize > LIMITS.signatureBytes) {
      refuse(
        'too-large',
        `manifest.json.minisig is ${formatBytes(signatureSize)}, over the ${formatBytes(LIMITS.signatureBytes)} limit`,
      )
    }
    return { root, manifestSize, files, ...(signatureSize !== undefined ? { signatureSize } : {}) }
  } catch (err) {
    return refusalForReadError(root, err, 'the package folder')
  }
}

export type { CappedRead, ReadProgress }

/** `readCappedFile` for a package: a stopped read is a refusal of the package. */
export async function readCapped(
  path: string,
  cap: number,
  label: string,
  onProgress?: ReadProgress,
): Promise<CappedRead> {
  try {
    return await readCappedFile(path, cap, label, onProgress)
  } catch (err) {
    if (!(err instanceof CappedReadError)) throw err
    refuse(err.kind === 'changed' ? 'read-error' : err.kind, err.message)
  }
}
