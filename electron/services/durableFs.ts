import { open, readFile, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import { DATA_FILE_MODE } from './paths'

/**
 * The file-system steps a durable write is made of, one call per step, so that a test can
 * replace them with a model that loses everything not yet synced (see durableFile.test.ts).
 */
export interface DurableFs {
  /** Creates `path` (it must not exist) holding `data`; not yet synced. */
  createFile(path: string, data: Uint8Array): Promise<void>
  /** Flushes the file's bytes to the disk. */
  syncFile(path: string): Promise<void>
  /** Atomically replaces `to` with `from` (same folder). */
  rename(from: string, to: string): Promise<void>
  /** Flushes the folder's entries, which makes a rename survive a power cut. */
  syncFolder(dir: string): Promise<void>
  /** The file's bytes, or null when it does not exist. */
  readFile(path: string): Promise<Uint8Array | null>
  /** Removes a file; a missing file is not an error. */
  remove(path: string): Promise<void>
  /** Names in a folder; a missing folder lists as empty. */
  list(dir: string): Promise<string[]>
}

/** The Node error code (`ENOENT`, `EPERM`, …) of a thrown value, if it has one. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') {
    return err.code
  }
  return undefined
}

/**
 * The real file system. Windows cannot open a folder for fsync (EPERM / EISDIR); there NTFS
 * journals the rename itself, so that one failure is tolerated — on every other platform a failed
 * folder sync is an error, because the rename might not survive a power cut.
 */
export function createNodeDurableFs(
  platform: NodeJS.Platform = process.platform,
  openFolder: (dir: string) => Promise<FileHandle> = (dir) => open(dir, 'r'),
): DurableFs {
  return {
    async createFile(path, data) {
      // Owner-only on POSIX: state files hold the PIN hash and the audit log (Windows ignores it).
      const handle = await open(path, 'wx', DATA_FILE_MODE)
      try {
        await handle.writeFile(data)
      } finally {
        await handle.close()
      }
    },
    async syncFile(path) {
      const handle = await open(path, 'r+')
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
    },
    rename: (from, to) => rename(from, to),
    async syncFolder(dir) {
      try {
        const handle = await openFolder(dir)
        try {
          await handle.sync()
        } finally {
          await handle.close()
        }
      } catch (err) {
        const code = errorCode(err)
        if (platform === 'win32' && (code === 'EPERM' || code === 'EISDIR')) return
        throw err
      }
    },
    async readFile(path) {
      try {
        return await readFile(path)
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return null
        throw err
      }
    },
    remove: (path) => rm(path, { force: true }),
    async list(dir) {
      try {
        return await readdir(dir)
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return []
        throw err
      }
    },
  }
}
