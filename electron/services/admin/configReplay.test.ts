import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalKioskServices } from '../createKioskServices'
import { backupPathOf } from '../durableFile'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import type { KioskEnv } from '../updates/testing/packageFixtures'
import { adminFiles } from './adminService'
import { configMarkFiles } from './configMark'
import { writeConfigPackage } from './configPackageBuilder'
import { signMinisign } from '../updates/signature'
import { hashPin, PACKAGE_SCRYPT } from './pinHash'

/**
 * Finding 7 of issue 23: config (provisioning) packages had no replay protection, so an old
 * provisioning stick brought back an old PIN on a kiosk whose PIN record was lost. Each package
 * now carries a signed version and a kiosk applies only versions above the last one it applied.
 */
const OLD_PIN = '7305916248'
const NEW_PIN = '5829163047'
let env: KioskEnv
let oldStick: string
let newStick: string
beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  oldStick = join(env.base, 'old-stick')
  newStick = join(env.base, 'new-stick')
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

async function withServices<T>(run: (s: LocalKioskServices) => Promise<T>): Promise<T> {
  const services = await openKioskServices(env, { env: {}, watchFolders: [] })
  try {
    return await run(services)
  } finally {
    await services.close()
  }
}

const watch = (s: LocalKioskServices, folder: string) =>
  s.settings.update({ updates: { watchFolders: [folder] } })

const loseThePinRecord = async () => {
  const pin = adminFiles(env.dataDir).pin
  await rm(pin, { force: true })
  await rm(backupPathOf(pin), { force: true })
}

describe('replaying an old provisioning stick', () => {
  it('is refused on a kiosk whose PIN was lost, so the old PIN does not come back', async () => {
    await writeConfigPackage(oldStick, {
      targets: 'all',
      settings: {},
      key: env.key,
      version: 1,
      adminPin: await hashPin(OLD_PIN, PACKAGE_SCRYPT),
    })
    await writeConfigPackage(newStick, {
      targets: 'all',
      settings: { idleSeconds: 150 },
      key: env.key,
      version: 2,
      adminPin: await hashPin(NEW_PIN, PACKAGE_SCRYPT),
    })
    await withServices(async (s) => {
      await watch(s, oldStick)
      expect(await s.admin.provision()).toMatchObject({ ok: true })
      const login = await s.admin.login(OLD_PIN)
      if (!login.ok) throw new Error(login.message)
      await watch(s, newStick)
      const folder = join(newStick, 'KIOSK-CONFIG')
      expect(await s.admin.applyConfig(login.session, folder)).toMatchObject({ ok: true })
    })

    await loseThePinRecord()
    await withServices(async (s) => {
      expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'lost' })
      await watch(s, oldStick)
      const replay = await s.admin.provision()
      expect(replay).toMatchObject({ ok: false })
      expect(replay.ok ? '' : replay.reason).toContain(
        'config package version 1 is not newer than 2, the newest this kiosk has applied',
      )
      expect(await s.admin.login(OLD_PIN)).toMatchObject({ reason: 'provision-required' })
      // The way back: a new package, above every version applied.
      await writeConfigPackage(newStick, {
        targets: 'all',
        settings: {},
        key: env.key,
        version: 3,
        adminPin: await hashPin(NEW_PIN, PACKAGE_SCRYPT),
      })
      await watch(s, newStick)
      expect(await s.admin.provision()).toMatchObject({ ok: true })
      expect(await s.admin.login(NEW_PIN)).toMatchObject({ ok: true })
    })
  })

  it('the mark survives the loss of one of its homes (and of the whole admin folder)', async () => {
    await writeConfigPackage(newStick, {
      targets: 'all',
      settings: {},
      key: env.key,
      version: 5,
      adminPin: await hashPin(NEW_PIN, PACKAGE_SCRYPT),
    })
    await withServices(async (s) => {
      await watch(s, newStick)
      expect(await s.admin.provision()).toMatchObject({ ok: true })
    })
    const [first] = configMarkFiles(env.dataDir)
    await rm(first!, { force: true })
    await rm(backupPathOf(first!), { force: true })
    await rm(join(env.dataDir, 'admin'), { recursive: true, force: true })
    await withServices(async (s) => {
      await watch(s, newStick)
      const replay = await s.admin.provision()
      expect(replay.ok ? '' : replay.reason).toContain('version 5 is not newer than 5')
    })
  })

  it('a package made before versions is refused, saying so', async () => {
    const folder = join(oldStick, 'KIOSK-CONFIG')
    await mkdir(folder, { recursive: true })
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        format: 'kiosk-config',
        createdAt: '2026-03-01T08:00:00.000Z',
        targets: 'all',
        settings: {},
        adminPin: await hashPin(OLD_PIN, PACKAGE_SCRYPT),
      }),
    )
    await writeFile(join(folder, 'config.json'), bytes)
    await writeFile(join(folder, 'config.json.minisig'), signMinisign(bytes, env.key, 'old'))
    await withServices(async (s) => {
      await watch(s, oldStick)
      const result = await s.admin.provision()
      expect(result.ok ? '' : result.reason).toContain(
        'the package has no version (made before versions); make a new one with kiosk-content pack-config',
      )
      expect(await s.admin.status()).toMatchObject({ pinSet: false })
    })
  })
})
