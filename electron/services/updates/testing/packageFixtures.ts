import { createHash } from 'node:crypto'
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { validContent } from '../../../../common/content/fixtures/validContent'
import type { Content } from '../../../../common/content/schema'
import { silentLogger } from '../../logger/logger'
import { checkPackage, installPackage, type InstallerDeps } from '../installer'
import { generateSigningKey, publicKeyFileText, type SecretSigningKey } from '../keys'
import { writePackage, type BuildOptions, type PackageInput } from '../packageBuilder'
import { openUpdateLog } from '../updateLog'

/**
 * Test helpers: a kiosk with a pinned key and an empty data dir, packages built from the valid
 * content fixture, and a byte-level snapshot of the installed state to prove a refusal changed
 * nothing. Used by the update tests and the crash test's child process.
 */
export interface KioskEnv {
  base: string
  dataDir: string
  resourcesDir: string
  key: SecretSigningKey
  deps: InstallerDeps
}

export const KIOSK_ID = 'kiosk-7'

/** The valid content fixture at `version`, optionally changed (to break one thing). */
export function contentOf(version: number, change?: (c: Content) => void): Content {
  const content = structuredClone(validContent)
  content.dataset.contentVersion = version
  change?.(content)
  return content
}

/** A content file entry for a package, as `kiosk-content pack` would write it. */
export const contentFile = (content: Content, name = 'content.json'): PackageInput => ({
  name,
  role: 'content',
  bytes: new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`),
})

/** The content file of a valid package for `version`. */
export const contentFilesFor = (version: number): PackageInput[] => [
  contentFile(contentOf(version)),
]

/** A kiosk with one pinned signing key, an empty data dir and an update log, in a temp folder under `parent`. */
export async function makeKiosk(parent: string = tmpdir()): Promise<KioskEnv> {
  const base = await mkdtemp(join(parent, 'kiosk-updates-'))
  const dataDir = join(base, 'data')
  const resourcesDir = join(base, 'resources')
  await mkdir(join(resourcesDir, 'keys'), { recursive: true })
  await mkdir(dataDir, { recursive: true })
  const key = generateSigningKey()
  await writeFile(join(resourcesDir, 'keys', 'office.pub'), publicKeyFileText(key))
  const deps: InstallerDeps = {
    dataDir,
    resourcesDir,
    kioskId: KIOSK_ID,
    log: await openUpdateLog(dataDir, silentLogger),
    logger: silentLogger,
  }
  return { base, dataDir, resourcesDir, key, deps }
}

/** Writes `<base>/<stick>/KIOSK-UPDATE` for `version` (valid unless options say otherwise). */
export async function buildPackage(
  env: KioskEnv,
  stick: string,
  version: number,
  options: Partial<BuildOptions> = {},
) {
  return writePackage(join(env.base, stick), {
    files: contentFilesFor(version),
    key: env.key,
    contentVersion: version,
    ...options,
  })
}

/** Installs `version` through the real check + apply path; fails the test if refused. */
export async function installVersion(
  env: KioskEnv,
  version: number,
  options: Partial<BuildOptions> = {},
) {
  const { root } = await buildPackage(env, `stick-v${version}`, version, options)
  const checked = await checkPackage(env.deps, root, undefined)
  if (!checked.ok) throw new Error(`fixture package refused: ${checked.refusal.reason}`)
  const installed = await installPackage(env.deps, root, checked.package)
  if (!installed.ok) throw new Error(`fixture install failed: ${installed.refusal.reason}`)
  return installed
}

/** Every file and link under `dir` with its sha256 (or link target): equal snapshots = byte-identical. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  async function walk(current: string) {
    for (const name of (await readdir(current)).sort()) {
      const path = join(current, name)
      const info = await lstat(path)
      const key = relative(dir, path)
      if (info.isDirectory()) await walk(path)
      else if (info.isSymbolicLink()) out[key] = `link:${await readlink(path)}`
      else
        out[key] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
    }
  }
  await walk(dir)
  return out
}
