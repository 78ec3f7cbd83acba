import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The Electron executable the bench could drive, or why there is none. Looks where the
 * `electron` package records its download (path.txt + dist/) without requiring the package,
 * whose index starts a download when the binary is missing.
 */
export function findElectron(root: string, env = process.env): { binary?: string; reason: string } {
  if (env.ELECTRON_PATH) {
    return existsSync(env.ELECTRON_PATH)
      ? { binary: env.ELECTRON_PATH, reason: '' }
      : { reason: `ELECTRON_PATH=${env.ELECTRON_PATH} does not exist` }
  }
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const binary = relative ? join(pkg, 'dist', relative) : undefined
  if (binary && existsSync(binary)) return { binary, reason: '' }
  return {
    reason:
      'no Electron binary here (node_modules/electron was installed without it); set ELECTRON_PATH to measure',
  }
}
