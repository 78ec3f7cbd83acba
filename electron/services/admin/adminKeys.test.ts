import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings, settingsSchema } from '../../../common/settings/schema'
import { openStore } from '../durableStore'
import { silentLogger } from '../logger/logger'
import { createNoticeBus } from '../noticeBus'
import { createSettingsService } from '../settingsService'
import { contentFixture } from '../testing/contentFixture'
import {
  generateSigningKey,
  publicKeyFileText,
  type PublicSigningKey,
  type SecretSigningKey,
} from '../updates/keys'
import { addedKeysDir, loadSignatureKeys, revokeKeyIds } from '../updates/trustedKeys'
import { AdminAuthError, createAdminService } from './adminService'
import { KEY_NAME, writeKeyPackage } from './trustedKeyAdmin'

let dir: string
let resources: string
let data: string
let stick: string
let shipped: SecretSigningKey

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-keys-'))
  resources = join(dir, 'resources')
  data = join(dir, 'data')
  stick = join(dir, 'stick')
  await mkdir(join(resources, 'keys'), { recursive: true })
  await mkdir(stick)
  shipped = generateSigningKey()
  await writeFile(join(resources, 'keys', 'office.pub'), publicKeyFileText(shipped))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function signedIn() {
  const store = await openStore(join(dir, 'settings.json'), settingsSchema, defaultSettings(), {
    log: silentLogger,
  })
  const admin = await createAdminService({
    dataDir: data,
    resourcesDir: resources,
    settings: createSettingsService(store, createNoticeBus(), silentLogger),
    content: {
      get: async () => ({ content: contentFixture(), source: 'factory', sha256: 'a'.repeat(64) }),
    },
    app: {
      info: async () => ({
        name: 'relief-kiosk',
        version: '1.2.3',
        host: 'electron',
        now: new Date().toISOString(),
        clockOverridden: false,
      }),
    },
    errors: { entries: () => [] },
    clock: { now: () => new Date('2026-03-01T00:00:00Z'), overridden: false },
    log: silentLogger,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 },
    sources: async () => [stick],
    signatureKeys: () => loadSignatureKeys(resources, data, silentLogger),
    firstPinOnScreen: true,
  })
  const login = await admin.setFirstPin('112233')
  if (!login.ok) throw new Error(login.message)
  return { admin, session: login.session }
}

let keyPackageVersion = 0
/** Puts a rotation package on the stick: `carried`'s public key, signed by `signer`, each newer. */
async function rotationPackage(carried: PublicSigningKey, signer: SecretSigningKey) {
  keyPackageVersion += 1
  return writeKeyPackage(stick, carried, signer, keyPackageVersion)
}

const trustedIds = async () =>
  (await loadSignatureKeys(resources, data, silentLogger)).trusted.map((k) => k.keyIdHex)

describe('trusted keys in admin mode', () => {
  it('lists the shipped key, adds a key from a package signed by it, and audits both', async () => {
    const { admin, session } = await signedIn()
    expect(await admin.listKeys(session)).toEqual([{ keyId: shipped.keyIdHex, source: 'shipped' }])
    const next = generateSigningKey()
    await rotationPackage(next, shipped)

    expect(await admin.addKey(session)).toEqual({ ok: true, detail: next.keyIdHex })
    expect(await admin.listKeys(session)).toEqual([
      { keyId: shipped.keyIdHex, source: 'shipped' },
      { keyId: next.keyIdHex, source: 'added' },
    ])
    expect(await trustedIds()).toContain(next.keyIdHex)
    const audit = await admin.auditLog(session)
    expect(audit[0]).toMatchObject({ action: 'key-added', detail: next.keyIdHex })
  })

  it('refuses a package signed by an unknown key and writes nothing', async () => {
    const { admin, session } = await signedIn()
    const stranger = generateSigningKey()
    await rotationPackage(stranger, stranger)
    const result = await admin.addKey(session)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/key/i)
    expect(await readdir(addedKeysDir(data)).catch(() => [])).toEqual([])
    expect((await admin.auditLog(session))[0]?.action).toBe('key-refused')
  })

  it('refuses an unsigned key, a package signed by a revoked key, and no package at all', async () => {
    const { admin, session } = await signedIn()
    expect(await admin.addKey(session)).toMatchObject({ ok: false, reason: /no KIOSK-KEY/ })
    const next = generateSigningKey()
    const folder = await rotationPackage(next, shipped)
    await rm(join(folder, `${KEY_NAME}.minisig`))
    expect(await admin.addKey(session)).toMatchObject({ ok: false, reason: /unsigned/ })

    const second = generateSigningKey()
    await rotationPackage(second, shipped)
    expect((await admin.addKey(session)).ok).toBe(true)
    await revokeKeyIds(data, [shipped.keyIdHex])
    await rotationPackage(generateSigningKey(), shipped)
    expect(await admin.addKey(session)).toMatchObject({ ok: false, reason: /revoked/ })
    expect(await trustedIds()).toEqual([second.keyIdHex])
  })

  it('removes an added key but never a shipped one or the last trusted one', async () => {
    const { admin, session } = await signedIn()
    const next = generateSigningKey()
    await rotationPackage(next, shipped)
    await admin.addKey(session)

    expect(await admin.removeKey(session, shipped.keyIdHex)).toMatchObject({
      ok: false,
      reason: /shipped/,
    })
    expect(await admin.removeKey(session, next.keyIdHex)).toEqual({
      ok: true,
      detail: next.keyIdHex,
    })
    expect(await trustedIds()).toEqual([shipped.keyIdHex])
    expect((await admin.auditLog(session))[0]).toMatchObject({
      action: 'key-removed',
      detail: next.keyIdHex,
    })
    expect(await admin.removeKey(session, shipped.keyIdHex)).toMatchObject({
      ok: false,
      reason: /last trusted key/,
    })
  })

  it('refuses to remove the last trusted key even when it was added', async () => {
    const { admin, session } = await signedIn()
    const next = generateSigningKey()
    await rotationPackage(next, shipped)
    await admin.addKey(session)
    await revokeKeyIds(data, [shipped.keyIdHex])
    expect(await admin.removeKey(session, next.keyIdHex)).toMatchObject({
      ok: false,
      reason: /last trusted key/,
    })
    expect(await trustedIds()).toEqual([next.keyIdHex])
  })

  it('needs a live session for every key action', async () => {
    const { admin } = await signedIn()
    await expect(admin.listKeys('x'.repeat(40))).rejects.toBeInstanceOf(AdminAuthError)
    await expect(admin.addKey('x'.repeat(40))).rejects.toBeInstanceOf(AdminAuthError)
    await expect(admin.removeKey('x'.repeat(40), shipped.keyIdHex)).rejects.toBeInstanceOf(
      AdminAuthError,
    )
  })
})
