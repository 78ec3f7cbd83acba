import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { HealthReport } from '../../../common/fleet/health'
import type { AutomaticSettings } from '../../../common/settings/updatesSettings'
import { PACKAGE_FOLDER, RESULTS_FOLDER } from '../../../common/update/manifest'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import { silentLogger } from '../logger/logger'
import { createActivity, type Activity } from './activity'
import type { AutomaticOutcome } from './automaticInstall'
import { createHealthGate, type HealthGate } from './healthGate'
import { writePackage } from './packageBuilder'
import { readRejectedVersions } from './rejectedVersions'
import { loadActiveSlot, type ActiveSlot } from './slots'
import {
  contentFile,
  contentOf,
  installVersion,
  KIOSK_ID,
  makeKiosk,
  type KioskEnv,
} from './testing/packageFixtures'
import { createUpdateService, type UpdateService } from './updateService'

let env: KioskEnv
let share: string
let drives: string
let clock: Date
let activity: Activity
let gate: HealthGate
let auto: AutomaticSettings
let healthMs: number
let served: (ActiveSlot | null)[]
let statuses: UpdateStatus[]
let outcomes: AutomaticOutcome[]
/** What the fake renderer answers when asked (undefined: it never answers). */
let renderer: ((version: number) => Partial<HealthReport>) | undefined

const passing = (version: number): Partial<HealthReport> => ({ contentVersion: version })

async function open(): Promise<UpdateService> {
  gate = createHealthGate((version) => {
    const answer = renderer?.(version)
    if (!answer) return
    queueMicrotask(() =>
      gate.report({
        contentVersion: version,
        ok: true,
        homeReady: true,
        tilesOpened: 6,
        tilesTotal: 6,
        elapsedMs: 1200,
        ...answer,
      }),
    )
  }, 10)
  return createUpdateService({
    dataDir: env.dataDir,
    resourcesDir: env.resourcesDir,
    config: async () => ({
      kioskId: KIOSK_ID,
      requirePin: true,
      watchFolders: [share],
      automaticFolders: [share],
    }),
    installedContent: async () => contentOf(5),
    onInstalled: async (active) => void served.push(active),
    onStatus: (s) => statuses.push(s),
    driveRoots: async () => (await readdir(drives)).map((n) => join(drives, n)),
    automatic: {
      whyWait: async () => activity.whyWait(auto),
      healthCheck: (version) => gate.check(version, healthMs),
      onOutcome: (o) => outcomes.push(o),
    },
    logger: silentLogger,
    now: () => clock,
  })
}

const deliver = (folder: string, version: number) =>
  writePackage(folder, {
    files: [contentFile(contentOf(version))],
    key: env.key,
    contentVersion: version,
  })

async function receipts(folder: string): Promise<Record<string, unknown>[]> {
  const dir = join(folder, PACKAGE_FOLDER, RESULTS_FOLDER)
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json')).sort()
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8'))))
}

const activeVersion = async () => (await loadActiveSlot(env.dataDir))?.manifest.contentVersion

beforeEach(async () => {
  env = await makeKiosk()
  await installVersion(env, 5)
  share = join(env.base, 'share')
  drives = join(env.base, 'media')
  await mkdir(share, { recursive: true })
  await mkdir(drives, { recursive: true })
  clock = new Date('2026-12-07T04:00:00Z') // 12:00 China time
  activity = createActivity(() => clock)
  auto = { idleMinutes: 5, healthCheckSeconds: 60 }
  healthMs = 5_000
  served = []
  statuses = []
  outcomes = []
  renderer = passing
})

describe('automatic installs wait for nobody to be using the kiosk', () => {
  it('installs nothing while a visitor session is active, then installs once idle long enough', async () => {
    const service = await open()
    activity.report('in-use')
    await deliver(share, 6)
    await service.poll()
    // Nothing for staff to review either: an automatic folder never opens the staff screen.
    expect(service.status()).toEqual({ state: 'idle' })
    expect(statuses.some((s) => s.state === 'ready')).toBe(false)

    clock = new Date(clock.getTime() + 4 * 60_000)
    expect(await service.tryAutomatic()).toBeNull()
    expect(await activeVersion()).toBe(5)
    expect(served).toEqual([])

    clock = new Date(clock.getTime() + 61_000)
    expect(await service.tryAutomatic()).toMatchObject({ outcome: 'installed', contentVersion: 6 })
    expect(await activeVersion()).toBe(6)
    const [receipt] = await receipts(share)
    expect(receipt).toMatchObject({ outcome: 'installed', policy: 'automatic', contentVersion: 6 })
    expect(String(receipt!.reason)).toMatch(/health check passed/)
  })

  it('installs at once when the attract screen is up', async () => {
    const service = await open()
    activity.report('in-use')
    activity.report('idle-screen')
    await deliver(share, 6)
    await service.poll()
    expect(await service.tryAutomatic()).toMatchObject({ outcome: 'installed' })
    expect(outcomes).toHaveLength(1)
  })

  it('with maintenance hours, waits for them even on the attract screen', async () => {
    auto = { ...auto, window: { from: '02:00', to: '05:00' } }
    const service = await open()
    activity.report('idle-screen')
    await deliver(share, 6)
    await service.poll()
    expect(activity.whyWait(auto)).toMatch(/outside the maintenance hours 02:00–05:00/)
    expect(await service.tryAutomatic()).toBeNull()
    clock = new Date('2026-12-07T19:30:00Z') // 03:30 China time
    expect(await service.tryAutomatic()).toMatchObject({ outcome: 'installed' })
  })

  it('in the window, still never during a session', async () => {
    auto = { ...auto, window: { from: '02:00', to: '05:00' } }
    clock = new Date('2026-12-07T19:30:00Z')
    const service = await open()
    activity.report('in-use')
    await deliver(share, 6)
    await service.poll()
    expect(await service.tryAutomatic()).toBeNull()
    expect(await activeVersion()).toBe(5)
  })

  it('a USB stick stays staff-only even when a folder is automatic', async () => {
    const service = await open()
    activity.report('idle-screen')
    await deliver(join(drives, 'STICK'), 6)
    await service.poll()
    expect(service.status()).toMatchObject({ state: 'ready' })
    expect(await service.tryAutomatic()).toBeNull()
    expect(await activeVersion()).toBe(5)
  })
})

describe('health-checked commit', () => {
  it('rolls back by itself when a need tile fails, says why, and never takes that version again', async () => {
    renderer = (v) => ({
      contentVersion: v,
      ok: false,
      tilesOpened: 2,
      problem: 'need tile "shelter" did not open: Cannot read properties of undefined',
    })
    const service = await open()
    activity.report('idle-screen')
    await deliver(share, 6)
    await service.poll()
    const outcome = await service.tryAutomatic()
    expect(outcome).toMatchObject({ outcome: 'rolled-back', contentVersion: 6 })
    expect(outcome?.reason).toMatch(
      /need tile "shelter" did not open.*rolled back to content version 5/,
    )
    expect(await activeVersion()).toBe(5)
    expect(served.at(-1)?.manifest.contentVersion).toBe(5)

    const receipt = (await receipts(share)).find((r) => r.outcome === 'rolled-back')
    expect(receipt).toMatchObject({ policy: 'automatic', contentVersion: 6 })
    expect(String(receipt!.reason)).toMatch(/never installed again/)
    expect(service.log().at(-1)).toMatchObject({ outcome: 'rolled-back', code: 'health-check' })
    expect(await readRejectedVersions(env.dataDir)).toEqual([
      expect.objectContaining({ contentVersion: 6 }),
    ])

    // The office sends the same version again (a new copy): refused, naming the health check.
    await rm(join(share, PACKAGE_FOLDER), { recursive: true })
    await deliver(share, 6)
    await service.poll()
    expect(service.status()).toMatchObject({
      state: 'refused',
      code: 'not-newer',
      reason: expect.stringMatching(/version 6 failed its health check on this kiosk/) as unknown,
    })
    expect(await service.tryAutomatic()).toBeNull()
  })

  it('rolls back when the renderer never answers within the time limit', async () => {
    renderer = undefined
    healthMs = 50
    const service = await open()
    activity.report('idle-screen')
    await deliver(share, 6)
    await service.poll()
    const outcome = await service.tryAutomatic()
    expect(outcome).toMatchObject({ outcome: 'rolled-back' })
    expect(outcome?.reason).toMatch(/did not report the new content working within 0 s/)
    expect(await activeVersion()).toBe(5)
  })

  it('a first install that fails goes back to the factory content', async () => {
    env = await makeKiosk()
    renderer = (v) => ({ contentVersion: v, homeReady: false, ok: false, tilesOpened: 0 })
    const service = await open()
    activity.report('idle-screen')
    await deliver(share, 3)
    await service.poll()
    const outcome = await service.tryAutomatic()
    expect(outcome?.reason).toMatch(
      /home screen did not render.*rolled back to the factory content/,
    )
    expect(await loadActiveSlot(env.dataDir)).toBeNull()
    expect(served.at(-1)).toBeNull()
  })

  it('a kiosk stopped during the health check decides it at the next start', async () => {
    healthMs = 60_000
    renderer = undefined
    const first = await open()
    activity.report('idle-screen')
    await deliver(share, 6)
    await first.poll()
    const pending = first.tryAutomatic()
    // Wait until the new slot is served (the install is on trial), then "power off".
    await expect.poll(() => served.length).toBe(1)
    first.stop()
    void pending

    renderer = (v) => ({ contentVersion: v, ok: false, tilesOpened: 0, problem: 'crashed' })
    healthMs = 5_000
    const second = await open()
    second.start()
    await expect.poll(() => outcomes.some((o) => o.outcome === 'rolled-back')).toBe(true)
    second.stop()
    expect(await activeVersion()).toBe(5)
  })
})
