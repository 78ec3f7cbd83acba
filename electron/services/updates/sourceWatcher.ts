import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  FILES_FOLDER,
  MANIFEST_NAME,
  PACKAGE_FOLDER,
  SIGNATURE_NAME,
} from '../../../common/update/manifest'

/** A `KIOSK-UPDATE` folder seen on a drive or in a watched folder. */
export interface FoundPackage {
  /** The `KIOSK-UPDATE` folder. */
  root: string
  /** The drive or watched folder that holds it. */
  source: string
  /** Changes when the package is replaced (manifest/signature size and time). */
  fingerprint: string
}

/** Lists the folders that may hold a `KIOSK-UPDATE` folder right now. */
export type RootLister = () => Promise<string[]>

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name))
}

/** Tells whether a folder is a mount point (a drive), given the folder that holds it. */
export type MountCheck = (dir: string, parent: string) => Promise<boolean>

/**
 * A folder is a mount point when it lives on another device than the folder holding it (what
 * `mountpoint(1)` checks). A stick mounted at `/media/<label>` is on its own device; the user
 * folder of `/media/<user>/<label>` is on the system disk, like `/media` itself.
 */
export const isMountPoint: MountCheck = async (dir, parent) => {
  const [inner, outer] = await Promise.all([lstat(dir), lstat(parent)]).catch(() => [null, null])
  return inner !== null && outer !== null && inner.dev !== outer.dev
}

/**
 * The drives mounted under a Linux mount folder (`/media`, `/run/media`): each entry that is a
 * mount point is a drive, and its own folders are that drive's content, never more drives (a
 * `/media/<label>` stick's `KIOSK-STATS` folder is not another stick). An entry that is not a
 * mount point is a user folder (`/media/<user>/<label>`): its mounted entries are drives.
 */
async function mountedUnder(folder: string, isMount: MountCheck): Promise<string[]> {
  const found = await Promise.all(
    (await subfolders(folder)).map(async (entry) => {
      if (await isMount(entry, folder)) return [entry]
      const inner = await subfolders(entry)
      const mounted = await Promise.all(inner.map((d) => isMount(d, entry)))
      return inner.filter((_, i) => mounted[i])
    }),
  )
  return found.flat()
}

/**
 * Where removable drives appear: Linux `/media/<user>/<label>`, `/media/<label>`,
 * `/run/media/<user>/<label>` (mount points only, see mountedUnder); macOS `/Volumes/<label>`
 * (the boot volume is a link and is skipped); Windows every drive letter except the system
 * drive. Symlinked folders are skipped everywhere (withFileTypes reports links as links, not
 * folders).
 */
export function removableDriveRoots(
  platform: NodeJS.Platform = process.platform,
  /** File-system root the mount folders are under; tests point it at a temp folder. */
  base = '/',
  /** How a mount point is told apart; tests, whose temp folders are all on one device, name theirs. */
  isMount: MountCheck = isMountPoint,
): RootLister {
  if (platform === 'win32') {
    const system = (process.env.SystemDrive ?? 'C:').toUpperCase()
    const letters = [...'DEFGHIJKLMNOPQRSTUVWXYZAB'].map((l) => `${l}:`).filter((d) => d !== system)
    return async () => {
      const present = await Promise.all(
        letters.map((d) =>
          lstat(`${d}\\`).then(
            () => `${d}\\`,
            () => null,
          ),
        ),
      )
      return present.filter((d): d is string => d !== null)
    }
  }
  if (platform === 'darwin') return () => subfolders(join(base, 'Volumes'))
  return async () => {
    const [media, run] = await Promise.all([
      mountedUnder(join(base, 'media'), isMount),
      mountedUnder(join(base, 'run', 'media'), isMount),
    ])
    return [...media, ...run]
  }
}

/**
 * Name, size and time of every entry in `files/`. A sync engine delivers a package's files in no
 * particular order and may write one in place: a package refused while incomplete must be looked
 * at again once its files change, not only when its manifest does.
 */
async function filesFingerprint(root: string): Promise<string> {
  const dir = join(root, FILES_FOLDER)
  const names = (await readdir(dir).catch(() => [] as string[])).sort()
  const parts = await Promise.all(
    names.map(async (name) => {
      const info = await lstat(join(dir, name)).catch(() => null)
      return `${name}:${info?.size ?? -1}:${info?.mtimeMs ?? -1}`
    }),
  )
  return parts.join('|')
}

async function probe(source: string): Promise<FoundPackage | null> {
  const root = join(source, PACKAGE_FOLDER)
  try {
    const manifest = await lstat(join(root, MANIFEST_NAME))
    const signature = await lstat(join(root, SIGNATURE_NAME)).catch(() => null)
    const fingerprint = [
      manifest.size,
      manifest.mtimeMs,
      signature?.size ?? -1,
      signature?.mtimeMs ?? -1,
      await filesFingerprint(root),
    ].join(':')
    return { root, source, fingerprint }
  } catch {
    return null
  }
}

export interface SourceWatcherOptions {
  /** Drive roots (default: this platform's removable media); tests inject a temp folder. */
  driveRoots?: RootLister
  /** Folders to watch directly (settings.updates.watchFolders and `--watch DIR`). */
  folders: () => readonly string[] | Promise<readonly string[]>
  onFound: (pkg: FoundPackage) => void
  onGone?: (pkg: FoundPackage) => void
  /** Poll interval; 1.5 s keeps "noticed within 5 s" with room to spare. */
  intervalMs?: number
  /**
   * How long a source's package must keep the same fingerprint before it is reported (0: at
   * once, as for sticks). A sync engine writes a package file by file; settling avoids checking
   * (and refusing) it half-arrived.
   */
  settleMs?: (source: string) => number | Promise<number>
  now?: () => number
}

export interface SourceWatcher {
  /** One scan; resolves when done (tests call it directly instead of waiting on a timer). */
  poll(): Promise<void>
  start(): void
  stop(): void
}

/**
 * Notices update packages on removable drives and in watched folders by polling, which works
 * the same on every OS, on network shares and on FAT sticks where change events are unreliable.
 * A package is reported once per fingerprint (again if replaced), and reported gone when its
 * drive disappears. Errors from a drive being pulled are ignored: the next poll sees it gone.
 */
export function createSourceWatcher(options: SourceWatcherOptions): SourceWatcher {
  const listDrives = options.driveRoots ?? removableDriveRoots()
  const seen = new Map<string, FoundPackage>()
  /** Packages changed since last reported, with when their fingerprint last changed. */
  const settling = new Map<string, { pkg: FoundPackage; since: number }>()
  const now = options.now ?? (() => Date.now())
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let stopped = true

  async function scan(): Promise<void> {
    const folders = await Promise.resolve(options.folders()).catch(() => [])
    const sources = [...new Set([...(await listDrives().catch(() => [])), ...folders])]
    const found = (await Promise.all(sources.map(probe))).filter(
      (p): p is FoundPackage => p !== null,
    )
    const present = new Map(found.map((p) => [p.root, p]))
    for (const root of settling.keys()) if (!present.has(root)) settling.delete(root)
    for (const [root, old] of seen) {
      if (!present.has(root)) {
        seen.delete(root)
        options.onGone?.(old)
      }
    }
    for (const pkg of found) {
      if (seen.get(pkg.root)?.fingerprint === pkg.fingerprint) continue
      const settle = (await Promise.resolve(options.settleMs?.(pkg.source)).catch(() => 0)) ?? 0
      const waiting = settling.get(pkg.root)
      if (waiting?.pkg.fingerprint !== pkg.fingerprint) {
        settling.set(pkg.root, { pkg, since: now() })
        if (settle > 0) continue
      } else if (now() - waiting.since < settle) continue
      settling.delete(pkg.root)
      seen.set(pkg.root, pkg)
      options.onFound(pkg)
    }
  }

  function poll(): Promise<void> {
    running ??= scan().finally(() => (running = undefined))
    return running
  }

  function schedule(): void {
    if (stopped) return
    timer = setTimeout(() => void poll().finally(schedule), options.intervalMs ?? 1500)
    timer.unref?.()
  }

  return {
    poll,
    start() {
      if (!stopped) return
      stopped = false
      void poll().finally(schedule)
    },
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}
