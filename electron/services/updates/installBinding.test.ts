import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import type { LocalKioskServices } from '../createKioskServices'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import { generateSigningKey } from './keys'
import { buildPackage, contentFilesFor, type KioskEnv } from './testing/packageFixtures'
import { writePackage } from './packageBuilder'
import { addTrustedKey } from './trustedKeys'

/**
 * Finding 7 of issue 16: an install is bound to the package staff reviewed. A stick swapped
 * between the review and the PIN, or a signer removed meanwhile, installs nothing.
 */
const PIN = '482915'
let env: KioskEnv
let services: LocalKioskServices | undefined
beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
})
afterEach(async () => {
  await services?.close()
  services = undefined
  await rm(env.base, { recursive: true, force: true })
})

async function start(): Promise<LocalKioskServices> {
  services = await openKioskServices(env)
  const first = await services.admin.setFirstPin(PIN)
  if (!first.ok) throw new Error(first.message)
  await services.admin.logout(first.session)
  return services
}

const shown = (status: UpdateStatus) => {
  if (status.state !== 'ready') throw new Error(`no package waiting (${status.state})`)
  return status.preview
}

describe('installing the reviewed package', () => {
  it('a stick swapped after the review (another validly signed package) installs nothing', async () => {
    const s = await start()
    await buildPackage(env, 'stick', 4)
    const reviewed = shown(await s.updates.checkNow())
    expect(reviewed.contentVersion).toBe(4)

    await rm(join(env.base, 'stick'), { recursive: true })
    await buildPackage(env, 'stick', 9)
    expect(shown(await s.updates.checkNow()).contentVersion).toBe(9)

    const reply = await s.updates.install(PIN, {
      includeStats: false,
      manifestSha256: reviewed.manifestSha256,
    })
    expect(reply).toMatchObject({ ok: false, reason: 'package-changed' })
    expect(reply.ok ? '' : reply.message).toMatch(/changed after it was reviewed/)
    expect((await s.content.get()).content.dataset.contentVersion).toBe(1)
    // The PIN was not even tried: no failure counted against staff.
    expect((await s.admin.status()).failures).toBe(0)
  })

  it('an install that names no reviewed package installs nothing', async () => {
    const s = await start()
    await buildPackage(env, 'stick', 4)
    shown(await s.updates.checkNow())
    expect(await s.updates.install(PIN)).toMatchObject({ ok: false, reason: 'package-changed' })
    expect((await s.content.get()).content.dataset.contentVersion).toBe(1)
  })

  it('a signer removed by an administrator after the review installs nothing', async () => {
    const added = generateSigningKey()
    await addTrustedKey(env.dataDir, added)
    const s = await start()
    await writePackage(join(env.base, 'stick'), {
      files: contentFilesFor(4),
      key: added,
      contentVersion: 4,
    })
    const reviewed = shown(await s.updates.checkNow())
    expect(reviewed.signerKeyId).toBe(added.keyIdHex)

    const login = await s.admin.login(PIN)
    if (!login.ok) throw new Error(login.message)
    expect(await s.admin.removeKey(login.session, added.keyIdHex)).toMatchObject({ ok: true })
    await s.admin.logout(login.session)

    const reply = await s.updates.install(PIN, {
      includeStats: false,
      manifestSha256: reviewed.manifestSha256,
    })
    expect(reply).toMatchObject({ ok: true, status: { state: 'failed' } })
    expect(reply.status).toMatchObject({
      reason: expect.stringMatching(/revoked key|no longer trusts/),
    })
    expect((await s.content.get()).content.dataset.contentVersion).toBe(1)
  })
})
