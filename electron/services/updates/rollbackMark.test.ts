import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalKioskServices } from '../createKioskServices'
import { backupPathOf } from '../durableFile'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import { highWaterMarkFile } from './highWaterMark'
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
  it('stays refused after the high-water mark file and its copy are deleted', async () => {
    await installVersion(env, 5)
    await installVersion(env, 6)
    const first = await start()
    try {
      await rollBack(first)
    } finally {
      await first.close()
    }
    await rm(highWaterMarkFile(env.dataDir), { force: true })
    await rm(backupPathOf(highWaterMarkFile(env.dataDir)), { force: true })

    await buildPackage(env, 'stick-again', 6)
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
})
