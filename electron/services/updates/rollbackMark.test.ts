import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalKioskServices } from '../createKioskServices'
import { backupPathOf } from '../durableFile'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import { highWaterMarkFile, highWaterMarkFiles } from './highWaterMark'
import { pointerFile } from './slotLayout'
import { buildPackage, installVersion, type KioskEnv } from './testing/packageFixtures'

/**
 * Finding 6 of issue 16: install v6, roll back to v5 as an administrator, delete the high-water
 * mark file and its copy, restart: v6 must stay refused, and the reason must speak of the mark
 * (6), not of the content on screen (5).
 */
const PIN = '482915'
let env: KioskEnv
beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

const start = () => openKioskServices(env, { watchFolders: [join(env.base, 'stick-again')] })

async function rollBack(services: LocalKioskServices) {
  const login = await services.admin.setFirstPin(PIN)
  if (!login.ok) throw new Error(login.message)
  expect(await services.admin.rollbackContent(login.session)).toEqual({ ok: true })
  expect((await services.content.get()).content.dataset.contentVersion).toBe(5)
}

describe('a rolled-back version', () => {
  /** Rolled back from v6 to v5 (v6's slot pruned), then the named files and their copies deleted. */
  async function rolledBackThenDeleted(files: readonly string[]) {
    await installVersion(env, 5)
    await installVersion(env, 6)
    const first = await start()
    try {
      await rollBack(first)
    } finally {
      await first.close()
    }
    for (const file of files) {
      await rm(file, { force: true })
      await rm(backupPathOf(file), { force: true })
    }
    await buildPackage(env, 'stick-again', 6)
  }

  it('stays refused after the high-water mark file and its copy are deleted', async () => {
    // Every recorded home of the mark: what is left is the mark the pointer carries.
    await rolledBackThenDeleted(highWaterMarkFiles(env.dataDir))
    const second = await start()
    try {
      expect((await second.content.get()).content.dataset.contentVersion).toBe(5)
      const status = await second.updates.checkNow()
      expect(status).toMatchObject({ state: 'refused', code: 'not-newer' })
      const reason = status.state === 'refused' ? status.reason : ''
      expect(reason).toBe(
        'version 6 is not newer than 6, the highest version this kiosk has installed',
      )
    } finally {
      await second.close()
    }
  })

  const signIn = async (services: LocalKioskServices) => {
    const login = await services.admin.login(PIN)
    if (!login.ok) throw new Error(login.message)
    return login.session
  }

  it('with the pointer and the updates/ mark deleted: installs wait for an administrator, and the mark holds (issue 23, finding 10)', async () => {
    await rolledBackThenDeleted([pointerFile(env.dataDir), highWaterMarkFile(env.dataDir)])
    const second = await start()
    try {
      expect((await second.content.get()).content.dataset.contentVersion).toBe(5)
      const status = await second.updates.checkNow()
      expect(status).toMatchObject({ state: 'refused', code: 'versions-unconfirmed' })
      expect(status.state === 'refused' ? status.reason : '').toMatch(
        /record of installed versions .* is missing or damaged.*Confirm installed versions/,
      )
      const session = await signIn(second)
      expect(await second.admin.confirmInstalledVersions(session)).toMatchObject({ ok: true })
      // The mark's home at the top of the data folder kept 6 (the stick presented again).
      await rm(join(env.base, 'stick-again'), { recursive: true })
      await second.updates.checkNow()
      await buildPackage(env, 'stick-again', 6)
      expect(await second.updates.checkNow()).toMatchObject({ state: 'refused', code: 'not-newer' })
      const log = await second.admin.auditLog(session)
      expect(log.map((e) => e.action)).toContain('versions-confirmed')
    } finally {
      await second.close()
    }
  })

  it('with every copy of the mark deleted too: v6 stays refused until an administrator confirms', async () => {
    await rolledBackThenDeleted([pointerFile(env.dataDir), ...highWaterMarkFiles(env.dataDir)])
    const second = await start()
    try {
      expect(await second.updates.checkNow()).toMatchObject({
        state: 'refused',
        code: 'versions-unconfirmed',
      })
      expect((await second.content.get()).content.dataset.contentVersion).toBe(5)
      const session = await signIn(second)
      const confirmed = await second.admin.confirmInstalledVersions(session)
      expect(confirmed).toMatchObject({ ok: true })
      expect(confirmed.ok ? confirmed.detail : '').toMatch(/high-water mark 5/)
      // A second confirmation has nothing left to confirm.
      expect(await second.admin.confirmInstalledVersions(session)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^nothing to confirm/),
      })
    } finally {
      await second.close()
    }
  })
})
