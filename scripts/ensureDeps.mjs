// Installs the project's npm dependencies when they are missing or older than the lock file, so
// that `npm start` and `npm test` work from a fresh clone with nothing but Node and npm.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Runs `npm ci` (or `npm install` without a lock) when node_modules is missing or stale. Returns
 * true when it installed (so `npm test` can report the time it took), false when nothing was due.
 */
export function ensureDeps(root) {
  const marker = join(root, 'node_modules', '.package-lock.json')
  const lock = join(root, 'package-lock.json')
  const fresh =
    existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)
  if (fresh) return false
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
