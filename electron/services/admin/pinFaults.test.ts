import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalKioskServices } from '../createKioskServices'
import { backupPathOf } from '../durableFile'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import type { KioskEnv } from '../updates/testing/packageFixtures'
import { adminFiles } from './adminService'
import {
  CONFIG_FOLDER,
  CONFIG_NAME,
  CONFIG_SIGNATURE_NAME,
} from '../../../common/admin/configPackage'
import { signMinisign } from '../updates/signature'
import { writeConfigPackage } from './configPackageBuilder'
import { hashPin, PACKAGE_SCRYPT } from './pinHash'
import { pinMarkerFiles } from './pinMarker'

/**
 * Faults and attacks on the PIN record between two starts of the services (findings 2 and 3 of
 * issue 16): whatever happens to `admin/pin.json` and its copy, a kiosk that once had a PIN never
 * offers a first-PIN screen again, and an older copy cannot reset the throttle or bring back an
 * old PIN.
 */
const PIN = '482915'
const NEW_PIN = '7305916248'
let env: KioskEnv
let stick: string
let pinFile: string

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  stick = join(env.base, 'stick')
  await mkdir(stick)
  pinFile = adminFiles(env.dataDir).pin
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

/** The services as a host starts them; `onScreen` is the installer's first-PIN-on-screen choice. */
const start = (onScreen = true) =>
  openKioskServices(env, {
    env: onScreen ? { KIOSK_FIRST_PIN_ON_SCREEN: '1' } : {},
    watchFolders: [],
  })

async function withServices<T>(onScreen: boolean, run: (s: LocalKioskServices) => Promise<T>) {
  const services = await start(onScreen)
  try {
    return await run(services)
  } finally {
    await services.close()
  }
}

/** A signed provisioning package on the stick, watched through the kiosk's settings. */
async function provisioningStick(services: LocalKioskServices, pin: string) {
  await writeConfigPackage(stick, {
    targets: 'all',
    settings: {},
    key: env.key,
    adminPin: await hashPin(pin, PACKAGE_SCRYPT),
  })
  expect(await services.settings.update({ updates: { watchFolders: [stick] } })).toMatchObject({
    ok: true,
  })
}

const bothCopies = (write: (file: string) => Promise<void>) => async () => {
  await write(pinFile)
  await write(backupPathOf(pinFile))
}

const faults: [string, () => Promise<void>][] = [
  ['both copies deleted', bothCopies((f) => rm(f, { force: true }))],
  ['both copies truncated', bothCopies((f) => writeFile(f, '{"pin":{"algorithm":"scr'))],
  ['both copies NUL-filled', bothCopies((f) => writeFile(f, new Uint8Array(512)))],
  ['both copies schema-broken', bothCopies((f) => writeFile(f, '{"pin":42,"failures":-1}\n'))],
  ['the admin folder deleted', () => rm(dirname(pinFile), { recursive: true, force: true })],
]

describe('a lost or damaged PIN record (finding 2)', () => {
  it.each(faults)(
    '%s after a PIN was set → admin locked, never a first-PIN screen',
    async (_, fault) => {
      await withServices(true, async (s) => {
        expect(await s.admin.setFirstPin(PIN)).toMatchObject({ ok: true })
      })
      await fault()
      await withServices(true, async (s) => {
        expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'lost' })
        const first = await s.admin.setFirstPin('000000')
        expect(first).toMatchObject({ ok: false, reason: 'provision-required' })
        expect(first.ok ? '' : first.message).toMatch(/admin locked: provision a new PIN/)
        expect(await s.admin.login(PIN)).toMatchObject({ ok: false, reason: 'provision-required' })
      })
    },
  )

  it('a signed kiosk-config package with a PIN unlocks a locked kiosk', async () => {
    await withServices(true, async (s) => {
      expect(await s.admin.setFirstPin(PIN)).toMatchObject({ ok: true })
    })
    await bothCopies((f) => rm(f, { force: true }))()
    await withServices(true, async (s) => {
      await provisioningStick(s, NEW_PIN)
      expect(await s.admin.provision()).toMatchObject({ ok: true })
      expect(await s.admin.status()).toMatchObject({ pinSet: true })
      expect(await s.admin.login(NEW_PIN)).toMatchObject({ ok: true })
    })
  })

  it('a brand-new kiosk takes its first PIN from a package unless the installer chose on-screen', async () => {
    await withServices(false, async (s) => {
      expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'package' })
      expect(await s.admin.setFirstPin(PIN)).toMatchObject({
        ok: false,
        reason: 'provision-required',
      })
      await provisioningStick(s, NEW_PIN)
      expect(await s.admin.provision()).toMatchObject({ ok: true })
      expect(await s.admin.login(NEW_PIN)).toMatchObject({ ok: true })
    })
    await rm(join(env.dataDir, 'admin'), { recursive: true })
    await withServices(true, async (s) => {
      expect(await s.admin.status()).toMatchObject({ firstPin: 'lost' })
    })
  })
})

/** Keeps both copies of the PIN record as they are now; the function returned puts them back. */
async function saveCopies(): Promise<() => Promise<void>> {
  const main = await readFile(pinFile)
  const backup = await readFile(backupPathOf(pinFile)).catch(() => main)
  return async () => {
    await writeFile(pinFile, main)
    await writeFile(backupPathOf(pinFile), backup)
  }
}

/** A first PIN set, the record saved, then the PIN changed; resolves to putting the saved one back. */
async function recordSavedThenPinChanged(): Promise<() => Promise<void>> {
  await withServices(true, async (s) => {
    expect(await s.admin.setFirstPin(PIN)).toMatchObject({ ok: true })
  })
  const restoreOld = await saveCopies()
  await withServices(true, async (s) => {
    const login = await s.admin.login(PIN)
    if (!login.ok) throw new Error(login.message)
    expect(await s.admin.changePin(login.session, '918273')).toEqual({ ok: true })
  })
  return restoreOld
}

describe('an older copy of the PIN record (finding 3)', () => {
  it('copied back between restarts does not reset the failure count or the lock', async () => {
    await withServices(true, async (s) => {
      expect(await s.admin.setFirstPin(PIN)).toMatchObject({ ok: true })
    })
    const restoreOld = await saveCopies()
    await withServices(true, async (s) => {
      for (const guess of ['111111', '222222', '333333']) {
        expect(await s.admin.login(guess)).toMatchObject({ reason: 'wrong-pin' })
      }
      expect((await s.admin.status()).retryAfterSeconds).toBeGreaterThan(0)
    })
    await restoreOld()
    await withServices(true, async (s) => {
      const status = await s.admin.status()
      expect(status.failures).toBe(3)
      expect(status.retryAfterSeconds).toBeGreaterThan(0)
    })
  })

  it('copied back after a PIN change does not bring the old PIN back (admin locks instead)', async () => {
    const restoreOld = await recordSavedThenPinChanged()
    await restoreOld()
    await withServices(true, async (s) => {
      expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'lost' })
      expect(await s.admin.login(PIN)).toMatchObject({ ok: false, reason: 'provision-required' })
    })
  })
})

describe('the markers deleted as well (issue 23, finding 8)', () => {
  /** All four marker files: both homes and their `.bak` copies. */
  const deleteMarkers = () =>
    Promise.all(
      pinMarkerFiles(env.dataDir).flatMap((f) => [
        rm(f, { force: true }),
        rm(backupPathOf(f), { force: true }),
      ]),
    )

  it('an older record (count 0) restored without markers locks admin instead of resetting the throttle', async () => {
    await withServices(true, async (s) => {
      expect(await s.admin.setFirstPin(PIN)).toMatchObject({ ok: true })
    })
    const restoreOld = await saveCopies()
    await withServices(true, async (s) => {
      for (const guess of ['111111', '222222', '333333']) {
        expect(await s.admin.login(guess)).toMatchObject({ reason: 'wrong-pin' })
      }
    })
    await deleteMarkers()
    await restoreOld()
    await withServices(true, async (s) => {
      expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'lost' })
      expect(await s.admin.login(PIN)).toMatchObject({ ok: false, reason: 'provision-required' })
    })
    // Still locked after the next restart: the lock was written to the markers' homes.
    await withServices(true, async (s) => {
      expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'lost' })
    })
  })

  it('the record from before a PIN change, markers deleted: the old PIN does not log in', async () => {
    const restoreOld = await recordSavedThenPinChanged()
    await deleteMarkers()
    await restoreOld()
    await withServices(true, async (s) => {
      expect(await s.admin.status()).toMatchObject({ pinSet: false, firstPin: 'lost' })
      expect(await s.admin.login(PIN)).toMatchObject({ ok: false, reason: 'provision-required' })
      expect(await s.admin.setFirstPin('000000')).toMatchObject({ reason: 'provision-required' })
      // The way back is the documented one: a signed provisioning package.
      await provisioningStick(s, NEW_PIN)
      expect(await s.admin.provision()).toMatchObject({ ok: true })
      expect(await s.admin.login(NEW_PIN)).toMatchObject({ ok: true })
    })
  })
})

describe('provisioning packages (finding 5)', () => {
  it('a package with a PIN hash as cheap as before (N = 2^14) is refused, saying why', async () => {
    // Written by hand: the package builder itself refuses such a hash.
    const folder = join(stick, CONFIG_FOLDER)
    await mkdir(folder, { recursive: true })
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        format: 'kiosk-config',
        createdAt: '2026-03-01T08:00:00.000Z',
        targets: 'all',
        settings: {},
        adminPin: await hashPin(NEW_PIN, { N: 16_384, r: 8, p: 1, keyLength: 32 }),
      }),
    )
    await writeFile(join(folder, CONFIG_NAME), bytes)
    await writeFile(join(folder, CONFIG_SIGNATURE_NAME), signMinisign(bytes, env.key, 'old'))
    await withServices(false, async (s) => {
      expect(await s.settings.update({ updates: { watchFolders: [stick] } })).toMatchObject({
        ok: true,
      })
      const result = await s.admin.provision()
      expect(result).toMatchObject({ ok: false })
      expect(result.ok ? '' : result.reason).toMatch(/too cheap to resist offline guessing/)
      expect(await s.admin.status()).toMatchObject({ pinSet: false })
    })
  })

  it('one fleet package gives each kiosk its own PIN, by kiosk id', async () => {
    await writeConfigPackage(stick, {
      targets: 'all',
      settings: {},
      key: env.key,
      adminPin: await hashPin('9999988888', PACKAGE_SCRYPT),
      adminPins: {
        'kiosk-1': await hashPin(NEW_PIN, PACKAGE_SCRYPT),
        'hall-2': await hashPin('1212121212', PACKAGE_SCRYPT),
      },
    })
    await withServices(false, async (s) => {
      expect((await s.settings.get()).kioskId).toBe('kiosk-1')
      await s.settings.update({ updates: { watchFolders: [stick] } })
      expect(await s.admin.provision()).toMatchObject({ ok: true })
      expect(await s.admin.login('1212121212')).toMatchObject({ ok: false, reason: 'wrong-pin' })
      expect(await s.admin.login('9999988888')).toMatchObject({ ok: false, reason: 'wrong-pin' })
      expect(await s.admin.login(NEW_PIN)).toMatchObject({ ok: true })
    })
  })
})
