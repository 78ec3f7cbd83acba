import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkPackage, installPackage } from '../electron/services/updates/installer'
import {
  generateSigningKey,
  publicKeyFileText,
  type SecretSigningKey,
} from '../electron/services/updates/keys'
import { writePackage, type PackageInput } from '../electron/services/updates/packageBuilder'
import { openUpdateLog } from '../electron/services/updates/updateLog'
import { fillerMap, loadBaseContent, scaledContent } from './dataset'
import type { Figure } from './results'
import { median, round } from './stats'

const run = promisify(execFile)
const BUDGET_RATIO = 3
const MB = 2 ** 20
/** Below the 16 MB per-media-file cap of DESIGN §3, like real map images would be. */
const MAX_FILLER = 12 * MB

/** A signed package of about `sizeMb`: content JSON plus incompressible map images it uses. */
async function buildPackage(root: string, outDir: string, key: SecretSigningKey, sizeMb: number) {
  const base = loadBaseContent(root)
  const draft = scaledContent(base, 100)
  const contentBytes = Buffer.byteLength(JSON.stringify(draft, null, 2))
  const fillerTotal = Math.max(MB / 4, sizeMb * MB - contentBytes)
  const parts = Math.ceil(fillerTotal / MAX_FILLER)
  const images: PackageInput[] = Array.from({ length: parts }, (_, i) => ({
    name: `maps/bench-${i}.png`,
    role: 'image',
    bytes: randomBytes(Math.floor(fillerTotal / parts)),
  }))
  const content = scaledContent(
    base,
    100,
    images.map((img, i) => fillerMap(base, i, img.name)),
  )
  const files: PackageInput[] = [
    { name: 'content.json', role: 'content', bytes: Buffer.from(JSON.stringify(content, null, 2)) },
    ...images,
  ]
  const built = await writePackage(outDir, {
    files,
    key,
    contentVersion: content.dataset.contentVersion,
  })
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0)
  return { root: built.root, bytes }
}

/** Every file of the package folder, for sha256sum. */
function packageFiles(pkgRoot: string): string[] {
  const top = readdirSync(pkgRoot, { withFileTypes: true })
  return top.flatMap((e) =>
    e.isDirectory()
      ? readdirSync(join(pkgRoot, e.name)).map((f) => join(pkgRoot, e.name, f))
      : [join(pkgRoot, e.name)],
  )
}

/** What the kiosk does with a stick: verify everything, then stage, fsync and switch a slot. */
async function verifyAndApply(
  pkgRoot: string,
  resourcesDir: string,
  scratch: string,
): Promise<number> {
  const dataDir = mkdtempSync(join(scratch, 'data-'))
  try {
    const deps = { dataDir, resourcesDir, kioskId: 'kiosk-1', log: await openUpdateLog(dataDir) }
    const started = performance.now()
    const checked = await checkPackage(deps, pkgRoot, undefined)
    if (!checked.ok) throw new Error(`package refused: ${checked.refusal.reason}`)
    const installed = await installPackage(deps, pkgRoot, checked.package)
    if (!installed.ok) throw new Error(`package not installed: ${installed.refusal.reason}`)
    return performance.now() - started
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function sha256sum(files: string[]): Promise<number> {
  const started = performance.now()
  await run('sha256sum', files, { maxBuffer: 1 << 20 })
  return performance.now() - started
}

/**
 * Update throughput: packages of each size, verified and applied exactly as the kiosk does
 * (installer.checkPackage + installPackage, fresh data folder each time), next to `sha256sum`
 * over the same files. Median of `repeats` interleaved runs; the files are in the page cache
 * for both, so the ratio compares work, not disk reads.
 */
export async function benchUpdates(
  root: string,
  scratch: string,
  sizesMb: readonly number[],
  repeats: number,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const key = generateSigningKey()
  const resourcesDir = join(scratch, 'resources')
  mkdirSync(join(resourcesDir, 'keys'), { recursive: true })
  writeFileSync(join(resourcesDir, 'keys', 'bench.pub'), publicKeyFileText(key))
  const figures: Figure[] = []
  const raw = []
  for (const sizeMb of sizesMb) {
    const pkg = await buildPackage(root, join(scratch, `pkg-${sizeMb}`), key, sizeMb)
    const files = packageFiles(pkg.root)
    const kiosk: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < repeats; i++) {
      baseline.push(await sha256sum(files))
      kiosk.push(await verifyAndApply(pkg.root, resourcesDir, scratch))
    }
    const ratio = median(kiosk) / median(baseline)
    const section = `update ${sizeMb} MB`
    figures.push(
      {
        section,
        name: `verify + apply (${round(pkg.bytes / MB, 1)} MB, ${files.length} files)`,
        value: round(median(kiosk)),
        unit: 'ms',
      },
      {
        section,
        name: 'sha256sum over the same files',
        value: round(median(baseline)),
        unit: 'ms',
      },
      {
        section,
        name: 'ratio',
        value: round(ratio, 2),
        unit: '×',
        budget: `≤ ${BUDGET_RATIO}×`,
        pass: ratio <= BUDGET_RATIO,
      },
    )
    raw.push({
      sizeMb,
      bytes: pkg.bytes,
      kioskMs: kiosk.map((v) => round(v)),
      sha256sumMs: baseline.map((v) => round(v)),
    })
    rmSync(pkg.root, { recursive: true, force: true })
  }
  return { figures, raw }
}
