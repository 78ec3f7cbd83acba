import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../logger/logger'
import { checkPackage, installPackage } from './installer'
import { effectiveHighWaterMark, loadActiveSlot } from './slots'
import { openUpdateLog } from './updateLog'
import {
  buildPackage,
  installVersion,
  KIOSK_ID,
  makeKiosk,
  type KioskEnv,
} from './testing/packageFixtures'

/**
 * Crash safety: a child process applies version 6 over an installed version 5 and is SIGKILLed
 * at every step and at 50 random points. After each kill a fresh start must serve complete old
 * or complete new content that passes validation, the high-water mark must not have fallen, and
 * if the old content is served the same package must still install.
 */
let env: KioskEnv
let template: string
let stickRoot: string
let childScript: string

interface ChildRun {
  steps: string[]
  signal: NodeJS.Signals | null
  code: number | null
}

function runChild(dataDir: string, crashAt: number, turns: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [childScript, dataDir, env.resourcesDir, stickRoot, String(crashAt), String(turns)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const steps = out
        .split('\n')
        .filter((l) => l.startsWith('step '))
        .map((l) => l.split(' ')[2]!)
      resolve({ steps, signal, code })
    })
  })
}

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(join(env.base, 'run-'))
  await cp(template, dir, { recursive: true })
  return dir
}

/** What a restart sees; fails the test unless it is complete old or complete new content. */
async function assertRecovered(dataDir: string, label: string, retry = true): Promise<5 | 6> {
  const active = await loadActiveSlot(dataDir, silentLogger)
  const version = active?.manifest.contentVersion
  expect(version, label).toBeOneOf([5, 6])
  expect(active!.content.dataset.contentVersion, label).toBe(version)
  const mark = await effectiveHighWaterMark(dataDir, silentLogger)
  expect(mark, label).toBeGreaterThanOrEqual(version!)
  if (version === 5) expect(mark, label).toBe(5)
  if (version === 5 && retry) {
    // Old content on screen: the package was not committed and can be installed again.
    const deps = { ...env.deps, dataDir, log: await openUpdateLog(dataDir, silentLogger) }
    const checked = await checkPackage(deps, stickRoot, undefined)
    if (!checked.ok) throw new Error(`${label}: retry refused: ${checked.refusal.reason}`)
    expect((await installPackage(deps, stickRoot, checked.package)).ok, label).toBe(true)
    expect((await loadActiveSlot(dataDir, silentLogger))?.manifest.contentVersion, label).toBe(6)
  }
  return version as 5 | 6
}

/**
 * SIGKILL keeps the page cache, so fsync adds nothing to what this test can observe; RAM-backed
 * /dev/shm keeps dozens of runs quick on a busy disk (power cuts are modelled in durableFile's tests).
 */
const scratchParent = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()

beforeAll(async () => {
  env = await makeKiosk(scratchParent)
  await installVersion(env, 5)
  template = join(env.base, 'template')
  await cp(env.dataDir, template, { recursive: true })
  stickRoot = (await buildPackage(env, 'stick', 6)).root
  childScript = join(await mkdtemp(join(tmpdir(), 'apply-child-')), 'applyChild.mjs')
  await build({
    entryPoints: [join(import.meta.dirname, 'testing', 'applyChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  })
  expect(KIOSK_ID).toBe('kiosk-7')
})

// Dozens of child processes: generous timeouts for a loaded 2-core machine (about 15 s alone).
afterAll(async () => {
  await rm(env.base, { recursive: true, force: true })
})

describe('an apply killed with SIGKILL', { timeout: 90_000 }, () => {
  it('at every step leaves complete old or complete new content', async () => {
    const dry = await runChild(await freshDataDir(), -1, 0)
    expect(dry.code).toBe(0)
    expect(dry.steps).toContain('pointer:main:renamed')
    const seen = new Set<number>()
    for (const [index, name] of dry.steps.entries()) {
      const dataDir = await freshDataDir()
      const run = await runChild(dataDir, index, 0)
      expect(run.signal, name).toBe('SIGKILL')
      expect(run.steps.at(-1), name).toBe(name)
      seen.add(await assertRecovered(dataDir, `killed at step ${index} (${name})`))
    }
    // Both outcomes occur, so the test really crosses the commit point.
    expect([...seen].sort()).toEqual([5, 6])
  })

  it('at 50 random points (a random step plus random event-loop turns) does the same', async () => {
    const total = (await runChild(await freshDataDir(), -1, 0)).steps.length
    let seed = 20261128
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let i = 0; i < 50; i++) {
      const step = random(total)
      const turns = 1 + random(12)
      const dataDir = await freshDataDir()
      await runChild(dataDir, step, turns)
      await assertRecovered(dataDir, `random point ${i}: step ${step} + ${turns} turns`, false)
    }
  })
})
