import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

export const ELECTRON_MAIN = resolve('dist/electron/main.cjs')

export type ElectronAvailability = { ok: true; binary: string } | { ok: false; reason: string }

/**
 * Whether the real Electron shell can be driven here, and if not, why — so the electron project
 * says in the report what a developer must do, instead of silently running nothing.
 */
export function electronAvailability(env: NodeJS.ProcessEnv = process.env): ElectronAvailability {
  const binary = env.ELECTRON_PATH ?? installedElectron(env)
  if (env.ELECTRON_PATH && !existsSync(env.ELECTRON_PATH)) {
    return { ok: false, reason: `ELECTRON_PATH=${env.ELECTRON_PATH} does not exist` }
  }
  if (!binary) {
    return {
      ok: false,
      reason:
        'no Electron binary: node_modules/electron was installed without it (offline or ' +
        'ELECTRON_SKIP_BINARY_DOWNLOAD). Set ELECTRON_PATH to an Electron executable, or run ' +
        '`node node_modules/electron/install.js` on a machine with internet',
    }
  }
  if (!existsSync(ELECTRON_MAIN)) {
    return { ok: false, reason: `${ELECTRON_MAIN} is not built: run node scripts/build.mjs` }
  }
  return { ok: true, binary }
}

/**
 * Where `require('electron')` would point, found without calling it: the package's index.js
 * starts a download when the binary is missing, which on an offline machine hangs and fails.
 */
function installedElectron(env: NodeJS.ProcessEnv): string | undefined {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return undefined
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  if (relative === '' && !env.ELECTRON_OVERRIDE_DIST_PATH) return undefined
  const binary = join(distDir, relative || 'electron')
  return existsSync(binary) ? binary : undefined
}
