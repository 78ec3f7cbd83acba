import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import { buildPackage, type KioskEnv } from '../updates/testing/packageFixtures'
import { writeConfigPackage } from './configPackageBuilder'
import { hashPin, PACKAGE_SCRYPT } from './pinHash'

/**
 * Finding 4 of issue 16 and finding 9 of issue 23: a concurrent flood of PIN guesses (as from a
 * script against the browser host's API), at the admin pad or at the install dialog, must not
 * erase the record of what administrators did.
 */
let env: KioskEnv
beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

describe('a flood of PIN guesses', () => {
  it('is coalesced into counted entries and never pushes out administrative actions', async () => {
    const services = await openKioskServices(env, { watchFolders: [] })
    try {
      const admin = services.admin
      const first = await admin.setFirstPin('482915')
      if (!first.ok) throw new Error(first.message)
      expect(await admin.updateSettings(first.session, { idleSeconds: 90 })).toMatchObject({
        ok: true,
      })

      for (const guess of ['111111', '222222', '333333']) {
        expect(await admin.login(guess)).toMatchObject({ reason: 'wrong-pin' })
      }
      const flood = await Promise.all(Array.from({ length: 600 }, () => admin.login('444444')))
      expect(new Set(flood.map((r) => (r.ok ? 'ok' : r.reason)))).toEqual(new Set(['locked']))

      const log = await admin.auditLog(first.session)
      const actions = log.map((e) => e.action)
      expect(actions).toEqual(expect.arrayContaining(['pin-set', 'settings-changed']))
      const refused = log.filter((e) => e.action === 'login-refused')
      expect(refused.map((e) => e.count)).toEqual([600, 3])
      expect(refused[0]?.detail).toMatch(/^locked; failures 3/)
      expect(log.length).toBeLessThanOrEqual(5)
    } finally {
      await services.close()
    }
  })

  it('asking a fresh kiosk for its PIN package again and again is one counted entry', async () => {
    const stick = join(env.base, 'stick')
    const services = await openKioskServices(env, { env: {}, watchFolders: [] })
    try {
      const admin = services.admin
      await services.settings.update({ updates: { watchFolders: [stick] } })
      const flood = await Promise.all(Array.from({ length: 200 }, () => admin.provision()))
      expect(flood.every((r) => !r.ok)).toBe(true)

      await writeConfigPackage(stick, {
        targets: 'all',
        settings: {},
        key: env.key,
        adminPin: await hashPin('7305916248', PACKAGE_SCRYPT),
      })
      expect(await admin.provision()).toMatchObject({ ok: true })
      const login = await admin.login('7305916248')
      if (!login.ok) throw new Error(login.message)
      const log = await admin.auditLog(login.session)
      expect(log.map((e) => e.action)).toEqual([
        'login',
        'config-applied',
        'pin-set',
        'provision-refused',
      ])
      expect(log.at(-1)?.count).toBe(200)
    } finally {
      await services.close()
    }
  })

  it("wrong staff PINs at the install dialog keep the administrators' history (issue 23, finding 9)", async () => {
    const services = await openKioskServices(env)
    try {
      const admin = services.admin
      const first = await admin.setFirstPin('482915')
      if (!first.ok) throw new Error(first.message)
      expect(await admin.changePin(first.session, '918273')).toEqual({ ok: true })
      await buildPackage(env, 'stick', 4)
      const waiting = await services.updates.checkNow()
      if (waiting.state !== 'ready') throw new Error(`no package waiting (${waiting.state})`)
      const reviewed = { includeStats: false, manifestSha256: waiting.preview.manifestSha256 }

      const flood = await Promise.all(
        Array.from({ length: 550 }, () => services.updates.install('444444', reviewed)),
      )
      expect(new Set(flood.map((r) => (r.ok ? 'ok' : r.reason)))).toEqual(new Set(['pin-refused']))
      expect((await services.content.get()).content.dataset.contentVersion).toBe(1)

      const log = await admin.auditLog(first.session)
      expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['pin-set', 'pin-changed']))
      const refused = log.filter((e) => e.action === 'staff-pin-refused')
      expect(refused.map((e) => e.count ?? 1)).toEqual([547, 3])
      expect(refused[0]?.detail).toMatch(/^for install: locked; failures 3/)
      expect(log.length).toBeLessThanOrEqual(6)
    } finally {
      await services.close()
    }
  })
})
