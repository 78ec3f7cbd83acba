// Installs the project's npm dependencies when they are missing or differ from the lock file, so
// that `npm start` and `npm test` work from a fresh clone with nothing but Node and npm.
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * True when node_modules holds what the lock file asks for: npm's own record of the install
 * (node_modules/.package-lock.json) has every locked package at its locked version, apart from
 * optional ones (another platform's binaries are never installed). Compared by content, not by
 * file times: a fresh checkout or a second git worktree has a lock file newer than an install
 * that matches it.
 */
export function installMatchesLock(root) {
  const installed = readJson(join(root, 'node_modules', '.package-lock.json'))?.packages
  if (typeof installed !== 'object' || installed === null) return false
  const locked = readJson(join(root, 'package-lock.json'))?.packages
  if (typeof locked !== 'object' || locked === null) return true
  return Object.entries(locked).every(([path, entry]) => {
    if (path === '' || entry?.link) return true
    const present = installed[path]
    return present ? present.version === entry.version : Boolean(entry.optional)
  })
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * Runs `npm ci` (or `npm install` without a lock) when node_modules is missing or stale. Returns
 * true when it installed (so `npm test` can report the time it took), false when nothing was due.
 * A node_modules that is a link to an install shared with other checkouts is never reinstalled
 * from here: `npm ci` would empty the shared folder under everyone using it.
 */
export function ensureDeps(root) {
  const modules = join(root, 'node_modules')
  const lock = join(root, 'package-lock.json')
  if (installMatchesLock(root)) return false
  if (isLink(modules)) {
    console.warn(
      `node_modules links to a shared install that does not match package-lock.json; not ` +
        `reinstalling it from here. Run \`npm ci\` where it lives if tests fail for a package.`,
    )
    return false
  }
  console.log('Installing dependencies (first run)…')
  // The Electron binary is fetched separately (scripts/start.mjs) so that an offline machine,
  // where its download host is unreachable, still installs everything else.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
  const args = existsSync(lock)
    ? ['ci', '--no-audit', '--no-fund']
    : ['install', '--no-audit', '--no-fund']
  const result = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) {
    console.error(
      `npm ${args[0]} failed (exit ${result.status}). Check the network access to the npm registry.`,
    )
    process.exit(result.status ?? 1)
  }
  return true
}
