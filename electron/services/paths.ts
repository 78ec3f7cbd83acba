import { existsSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import { dirname, join, resolve, win32, posix } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The data folder's name in every OS's per-user location. */
export const APP_FOLDER_NAME = 'relief-kiosk'

/**
 * The per-user folder where a kiosk keeps its settings and state when `--data-dir` is not given:
 * Linux `$XDG_CONFIG_HOME/relief-kiosk` (else `~/.config/relief-kiosk`), Windows
 * `%APPDATA%\relief-kiosk`, macOS `~/Library/Application Support/relief-kiosk` — the same places
 * Electron's `app.getPath('userData')` uses, so both hosts share one state.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  homedir: string,
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || win32.join(homedir, 'AppData', 'Roaming')
    return win32.join(appData, APP_FOLDER_NAME)
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME)
  }
  const xdg = env.XDG_CONFIG_HOME?.trim()
  const configHome = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.config')
  return posix.join(configHome, APP_FOLDER_NAME)
}

function moduleDir(): string {
  const url: unknown = import.meta.url
  return typeof url === 'string' && url.startsWith('file:')
    ? dirname(fileURLToPath(url))
    : process.cwd()
}

/** The nearest folder at or above `startDir` that holds a package.json (the repo root in dev). */
export function findAppRoot(startDir: string = moduleDir()): string | undefined {
  let dir = resolve(startDir)
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/**
 * The shipped `resources/` folder when running from the source tree (dev, tests, browser host):
 * `<repo>/resources`. Packaged Electron passes `process.resourcesPath`-based paths instead.
 */
export function resolveResourcesDir(startDir?: string): string {
  const root = findAppRoot(startDir) ?? process.cwd()
  return join(root, 'resources')
}

/** Owner-only: the data folder holds the PIN hash, the audit log and usage counts. */
export const DATA_DIR_MODE = 0o700
/** Owner-only files (durableFs creates every state file with it). */
export const DATA_FILE_MODE = 0o600

/**
 * Creates the data folder owner-only (0700) and closes one an older version left open to other
 * local users. Only a folder this user owns is tightened, so `--data-dir` pointed at a shared
 * place is never changed under someone else. Windows keeps the profile folder's ACLs.
 */
export async function prepareDataDir(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: DATA_DIR_MODE })
  if (platform === 'win32') return
  const info = await stat(dataDir)
  const mine = typeof process.getuid !== 'function' || info.uid === process.getuid()
  if (mine && (info.mode & 0o077) !== 0) await chmod(dataDir, DATA_DIR_MODE)
}
