import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LocalKioskServices } from '../createKioskServices'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import { generateSigningKey, publicKeyFileText, type PublicSigningKey } from '../updates/keys'
import { writePackage } from '../updates/packageBuilder'
import { signMinisign } from '../updates/signature'
import { contentFilesFor, type KioskEnv } from '../updates/testing/packageFixtures'
import { KEY_FOLDER, KEY_NAME, writeKeyPackage } from './trustedKeyAdmin'

/**
 * Finding 8 of issue 16, through the services a host starts: removing a key revokes it, key
 * packages carry a version (an old one is refused), and a key id already in use is refused.
 */
const PIN = '482915'
let env: KioskEnv
let stick: string
let services: LocalKioskServices | undefined
let session: string

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  stick = join(env.base, 'stick')
  await mkdir(stick)
  // The stick is watched through the settings staff change, not a --watch folder.
  services = await openKioskServices(env, { watchFolders: [] })
  await services.settings.update({ updates: { watchFolders: [stick] } })
  const login = await services.admin.setFirstPin(PIN)
  if (!login.ok) throw new Error(login.message)
  session = login.session
})
afterEach(async () => {
  await services?.close()
  services = undefined
  await rm(env.base, { recursive: true, force: true })
})

const admin = () => {
  if (!services) throw new Error('no services')
  return services.admin
}
const keyIds = async () => (await admin().listKeys(session)).map((k) => k.keyId)
const replaceStick = async () => {
  await rm(stick, { recursive: true, force: true })
  await mkdir(stick)
}

/** A content package on the stick carrying `carried`, signed by the shipped key. */
async function contentCarrying(version: number, carried: PublicSigningKey) {
  await replaceStick()
  await writePackage(stick, {
    files: [
      ...contentFilesFor(version),
      {
        name: 'next.pub',
        role: 'key',
        bytes: new TextEncoder().encode(publicKeyFileText(carried)),
      },
    ],
    key: env.key,
    contentVersion: version,
  })
  return services!.updates.checkNow()
}

describe('trusted keys, attacked through old and twin packages', () => {
  it('a removed key stays out: neither its old package, a newer one, nor an update brings it back', async () => {
    const added = generateSigningKey()
    await writeKeyPackage(stick, added, env.key, 1)
    expect(await admin().addKey(session)).toEqual({ ok: true, detail: added.keyIdHex })
    expect(await admin().removeKey(session, added.keyIdHex)).toMatchObject({ ok: true })

    // The very package that added it, still on the stick.
    expect(await admin().addKey(session)).toMatchObject({ ok: false })
    // A newer package carrying it.
    await replaceStick()
    await writeKeyPackage(stick, added, env.key, 2)
    expect(await admin().addKey(session)).toMatchObject({ ok: false, reason: /revoked/ })
    // A content update carrying it.
    expect(await contentCarrying(5, added)).toMatchObject({ state: 'refused', code: 'revoked-key' })
    expect(await keyIds()).toEqual([env.key.keyIdHex])
  })

  it('a KIOSK-KEY package without a version (as written before versions) is refused', async () => {
    const next = generateSigningKey()
    const folder = join(stick, KEY_FOLDER)
    await mkdir(folder, { recursive: true })
    const text = publicKeyFileText(next)
    await writeFile(join(folder, KEY_NAME), text)
    await writeFile(
      join(folder, `${KEY_NAME}.minisig`),
      signMinisign(
        new TextEncoder().encode(text),
        env.key,
        `kiosk key rotation: trust ${next.keyIdHex}`,
      ),
    )
    expect(await admin().addKey(session)).toMatchObject({ ok: false, reason: /no version/ })
    expect(await keyIds()).toEqual([env.key.keyIdHex])
  })

  it('a key whose id is already used by another trusted key is refused, the first one kept', async () => {
    const added = generateSigningKey()
    await writeKeyPackage(stick, added, env.key, 1)
    expect(await admin().addKey(session)).toMatchObject({ ok: true })
    const other = generateSigningKey()
    const twin: PublicSigningKey = { ...other, keyId: added.keyId, keyIdHex: added.keyIdHex }

    await replaceStick()
    await writeKeyPackage(stick, twin, env.key, 2)
    expect(await admin().addKey(session)).toMatchObject({ ok: false, reason: /already used/ })
    expect(await contentCarrying(5, twin)).toMatchObject({
      state: 'refused',
      reason: expect.stringMatching(/id of another trusted key/),
    })

    // The first key still signs: a package from it is accepted.
    await replaceStick()
    await writePackage(stick, { files: contentFilesFor(6), key: added, contentVersion: 6 })
    expect(await services!.updates.checkNow()).toMatchObject({ state: 'ready' })
  })
})
