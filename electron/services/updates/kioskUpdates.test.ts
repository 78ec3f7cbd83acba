import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContentSnapshot } from '../../../common/api/kioskApi'
import { defaultSettings, type Settings } from '../../../common/settings/schema'
import { installResponseSchema } from '../../../common/update/updatesApi'
import { silentLogger } from '../logger/logger'
import { createKioskUpdates, type KioskUpdates } from './kioskUpdates'
import { writePackage } from './packageBuilder'
import { loadActiveSlot, type ActiveSlot } from './slots'
import { servedSlot } from '../contentService'
import {
  contentFile,
  contentOf,
  installVersion,
  KIOSK_ID,
  makeKiosk,
  type KioskEnv,
} from './testing/packageFixtures'

let env: KioskEnv
let updates: KioskUpdates
let settings: Settings
let snapshot: ContentSnapshot
let drives: string

beforeEach(async () => {
  env = await makeKiosk()
  await installVersion(env, 5)
  drives = join(env.base, 'drives')
  await mkdir(drives)
  settings = { ...defaultSettings(), kioskId: KIOSK_ID }
  const useSlot = async (slot: ActiveSlot | null) => {
    snapshot = servedSlot(slot!).snapshot
  }
  await useSlot(await loadActiveSlot(env.dataDir))
  updates = await createKioskUpdates({
    dataDir: env.dataDir,
    resourcesDir: env.resourcesDir,
    settings: { get: async () => settings },
    content: { get: async () => snapshot, useSlot },
    checkPin: async (pin) =>
      pin === '246810' ? { ok: true } : { ok: false, message: 'wrong PIN' },
    driveRoots: async () => (await readdir(drives)).map((n) => join(drives, n)),
    log: silentLogger,
  })
})
afterEach(() => updates.service.stop())

async function plug(version: number) {
  await writePackage(join(drives, 'STICK'), {
    files: [contentFile(contentOf(version))],
    key: env.key,
    contentVersion: version,
  })
  return updates.api.checkNow()
}

/** The staff dialog's install options for the package on screen. */
function reviewed() {
  const status = updates.service.status()
  return {
    includeStats: false,
    manifestSha256: status.state === 'ready' ? status.preview.manifestSha256 : '',
  }
}

describe('the updates API over the services', () => {
  it('asks for the staff PIN, refuses a wrong one, installs with the right one and reloads content', async () => {
    expect(await updates.api.install(null)).toMatchObject({
      ok: false,
      reason: 'nothing-to-install',
    })
    expect(await plug(6)).toMatchObject({ state: 'ready', requirePin: true })
    expect(await updates.api.install(null, reviewed())).toMatchObject({
      ok: false,
      reason: 'pin-required',
    })
    expect(await updates.api.install('000000', reviewed())).toMatchObject({
      ok: false,
      reason: 'pin-refused',
      message: 'wrong PIN',
    })
    const done = await updates.api.install('246810', reviewed())
    expect(installResponseSchema.parse(done)).toMatchObject({
      ok: true,
      status: { state: 'installed', contentVersion: 6 },
    })
    expect(snapshot.content.dataset.contentVersion).toBe(6)
  })

  it('installs without a PIN when settings do not require one', async () => {
    settings = { ...settings, updates: { ...settings.updates, requirePin: false } }
    await plug(6)
    expect(await updates.api.install(null, reviewed())).toMatchObject({ ok: true })
  })

  it('offers staff no rollback: the undo is reached only through admin', async () => {
    await plug(6)
    await updates.api.install('246810', reviewed())
    expect(Object.keys(updates.api).sort()).toEqual([
      'checkNow',
      'dismiss',
      'install',
      'reportActivity',
      'reportHealth',
      'status',
    ])
    expect(await updates.service.rollback()).toEqual({ ok: true })
    expect(snapshot.content.dataset.contentVersion).toBe(5)
  })
})
