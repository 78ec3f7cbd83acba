import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../common/api/kioskApi'
import type { UpdateStatus } from '../../common/update/updateStatus'
import type { LocalKioskServices } from './createKioskServices'
import { makeKioskWithFactoryContent, openKioskServices } from './testing/kioskFixture'
import { buildPackage, type KioskEnv } from './updates/testing/packageFixtures'

const PIN = '246810'
let env: KioskEnv
let services: LocalKioskServices | undefined
let notices: HostNotice[]

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  notices = []
})
afterEach(async () => {
  await services?.close()
  services = undefined
  await rm(env.base, { recursive: true, force: true })
})

async function open(): Promise<LocalKioskServices> {
  services = await openKioskServices(env, { watchFolders: [join(env.base, 'share')] })
  services.onNotice((n) => notices.push(n))
  return services
}

/** The install options the staff dialog sends for the package it shows. */
const reviewed = (status: UpdateStatus) => ({
  includeStats: false,
  manifestSha256: status.state === 'ready' ? status.preview.manifestSha256 : '',
})

describe('createKioskServices watching for update packages', () => {
  it('finds a package in a --watch folder, installs it with the admin PIN and serves it', async () => {
    const s = await open()
    await s.admin.setFirstPin(PIN)
    await buildPackage(env, 'share', 4)

    const found = await s.updates.checkNow()
    expect(found.state).toBe('ready')
    const seen = reviewed(found)
    expect(notices.some((n) => n.kind === 'update-status' && n.status.state === 'ready')).toBe(true)

    const refused = await s.updates.install('111111', seen)
    expect(refused).toMatchObject({ ok: false, reason: 'pin-refused' })
    expect((await s.content.get()).content.dataset.contentVersion).toBe(1)

    const installed = await s.updates.install(PIN, seen)
    expect(installed).toMatchObject({ ok: true, status: { state: 'installed', contentVersion: 4 } })
    const snapshot = await s.content.get()
    expect(snapshot.source).toBe('update')
    expect(snapshot.content.dataset.contentVersion).toBe(4)
    expect(notices).toContainEqual({ kind: 'content-changed', contentVersion: 4 })
  })

  it('asks for no PIN when the settings say so, and keeps the content when nothing waits', async () => {
    const s = await open()
    await s.settings.update({ updates: { requirePin: false, watchFolders: [] } })
    const nothing = await s.updates.install(null)
    expect(nothing).toMatchObject({ ok: false, reason: 'nothing-to-install' })

    await buildPackage(env, 'share', 2)
    const found = await s.updates.checkNow()
    expect(found.state).toBe('ready')
    expect(await s.updates.install(null, reviewed(found))).toMatchObject({ ok: true })
    expect((await s.content.get()).content.dataset.contentVersion).toBe(2)
  })
})
