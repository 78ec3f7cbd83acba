import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LogRecord } from './logger/logger'
import { makeKioskWithFactoryContent, openKioskServices } from './testing/kioskFixture'
import { slotsDir } from './updates/slotLayout'
import { installVersion, type KioskEnv } from './updates/testing/packageFixtures'

let env: KioskEnv
let records: LogRecord[]
beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  records = []
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

const open = () =>
  openKioskServices(env, {
    host: 'electron',
    env: {},
    log: (r) => records.push(r),
    watchFolders: [],
  })

describe('createKioskServices with installed updates', () => {
  it('serves the installed update slot, with its signer, over the factory content', async () => {
    await installVersion(env, 5)
    const services = await open()
    const snapshot = await services.content.get()
    expect(snapshot.source).toBe('update')
    expect(snapshot.content.dataset.contentVersion).toBe(5)
    expect(snapshot.signer).toMatch(/^[0-9A-F]{16}$/)
    await services.close()
  })

  it('falls back to the factory content when the installed slot was damaged', async () => {
    await installVersion(env, 5)
    let damaged = 0
    for (const slot of await readdir(slotsDir(env.dataDir))) {
      const files = join(slotsDir(env.dataDir), slot, 'files')
      for (const name of await readdir(files).catch(() => [])) {
        await writeFile(join(files, name), new Uint8Array(32))
        damaged++
      }
    }
    expect(damaged).toBeGreaterThan(0)
    const services = await open()
    const snapshot = await services.content.get()
    expect(snapshot.source).toBe('factory')
    expect(records.some((r) => r.level === 'error' && r.area === 'updates')).toBe(true)
    await services.close()
  })
})
