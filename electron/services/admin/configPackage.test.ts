import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONFIG_NAME, CONFIG_SIGNATURE_NAME } from '../../../common/admin/configPackage'
import { defaultSettings, type Settings } from '../../../common/settings/schema'
import { generateSigningKey, type SecretSigningKey } from '../updates/keys'
import { signMinisign } from '../updates/signature'
import { verifyConfigPackage, type ConfigContext } from './configPackage'
import { writeConfigPackage, type ConfigPackageInput } from './configPackageBuilder'

let dir: string
let key: SecretSigningKey
let current: Settings
let ctx: ConfigContext

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-config-'))
  key = generateSigningKey()
  current = { ...defaultSettings(), kioskId: 'kiosk-hall-2' }
  ctx = { keys: { trusted: [key], revoked: new Set() }, current }
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const build = (input: Partial<ConfigPackageInput> = {}) =>
  writeConfigPackage(dir, {
    targets: 'all',
    settings: { idleSeconds: 90, updates: { requirePin: false } },
    key,
    ...input,
  })

describe('verifyConfigPackage', () => {
  it('accepts a package signed by a trusted key and lists exactly what it changes', async () => {
    const { root } = await build()
    const check = await verifyConfigPackage(root, ctx)
    expect(check).toMatchObject({ ok: true, signerKeyId: key.keyIdHex })
    if (!check.ok) return
    expect(check.settings.idleSeconds).toBe(90)
    expect(check.changes).toEqual([
      { path: 'idleSeconds', from: 60, to: 90 },
      { path: 'updates.requirePin', from: true, to: false },
    ])
  })

  it('accepts a target list holding this kiosk, or this kiosk alone', async () => {
    const list = await build({ targets: ['kiosk-hall-1', 'kiosk-hall-2'] })
    expect((await verifyConfigPackage(list.root, ctx)).ok).toBe(true)
    const one = await build({ targets: ['kiosk-hall-2'] })
    expect((await verifyConfigPackage(one.root, ctx)).ok).toBe(true)
  })

  it('refuses a package for other kiosks, naming both', async () => {
    const { root } = await build({ targets: ['kiosk-hall-1', 'kiosk-hall-3'] })
    expect(await verifyConfigPackage(root, ctx)).toEqual({
      ok: false,
      code: 'not-for-this-kiosk',
      reason:
        'this package is for kiosk kiosk-hall-1, kiosk-hall-3; this kiosk is kiosk-hall-2 (in no group)',
    })
  })

  it('matches group:<name> targets against the groups the kiosk already has', async () => {
    const { root } = await build({ targets: ['group:canary'] })
    expect(await verifyConfigPackage(root, ctx)).toMatchObject({ code: 'not-for-this-kiosk' })
    const inCanary = { ...ctx, current: { ...current, groups: ['canary'] } }
    expect((await verifyConfigPackage(root, inCanary)).ok).toBe(true)
  })

  it("sets the kiosk's groups; a bad group name is refused naming the field", async () => {
    const { root } = await build({ settings: { groups: ['canary', 'stations'] } })
    const check = await verifyConfigPackage(root, ctx)
    expect(check.ok && check.settings.groups).toEqual(['canary', 'stations'])
    const bad = await build({ settings: { groups: ['Canary!'] } })
    expect(await verifyConfigPackage(bad.root, ctx)).toMatchObject({
      ok: false,
      code: 'invalid-settings',
      reason: expect.stringContaining('groups[0]') as unknown,
    })
  })

  it('refuses an unsigned package', async () => {
    const { root } = await build()
    await rm(join(root, CONFIG_SIGNATURE_NAME))
    expect(await verifyConfigPackage(root, ctx)).toMatchObject({
      ok: false,
      code: 'unsigned',
      reason: `${CONFIG_SIGNATURE_NAME} is missing`,
    })
  })

  it('refuses a package signed by a key this kiosk does not trust', async () => {
    const { root } = await build({ key: generateSigningKey() })
    expect(await verifyConfigPackage(root, ctx)).toMatchObject({
      ok: false,
      code: 'unknown-key',
      reason: expect.stringContaining('unknown key'),
    })
  })

  it('refuses a package signed by a revoked key', async () => {
    const { root } = await build()
    const revoked = { ...ctx, keys: { trusted: [key], revoked: new Set([key.keyIdHex]) } }
    expect(await verifyConfigPackage(root, revoked)).toMatchObject({ code: 'revoked-key' })
  })

  it('refuses a package changed after signing, before reading a byte of it as JSON', async () => {
    const { root } = await build()
    const file = join(root, CONFIG_NAME)
    await writeFile(file, (await readFile(file, 'utf8')).replace('90', '20'))
    expect(await verifyConfigPackage(root, ctx)).toMatchObject({
      ok: false,
      code: 'bad-signature',
      reason: expect.stringContaining(CONFIG_NAME),
    })
  })

  it('refuses a signed file that is not a kiosk-config package (e.g. a content manifest)', async () => {
    const { root } = await build()
    const bytes = Buffer.from(JSON.stringify({ format: 'relief-kiosk-update/1', files: [] }))
    await writeFile(join(root, CONFIG_NAME), bytes)
    await writeFile(join(root, CONFIG_SIGNATURE_NAME), signMinisign(bytes, key, 'test'))
    const check = await verifyConfigPackage(root, ctx)
    expect(check).toMatchObject({ ok: false, code: 'bad-manifest' })
    if (!check.ok) expect(check.reason).toMatch(/format/)
  })

  it('refuses settings the kiosk would not accept, with the field path, changing nothing', async () => {
    const { root } = await build({ settings: { idleSeconds: 5, languages: ['fr'] } })
    const check = await verifyConfigPackage(root, ctx)
    expect(check).toMatchObject({ ok: false, code: 'invalid-settings' })
    if (!check.ok) expect(check.reason).toMatch(/languages\[0\]: .*idleSeconds: .*>=20/)
    expect(current.idleSeconds).toBe(60)
  })

  it('refuses links and oversized files without following or reading them', async () => {
    const { root } = await build()
    const file = join(root, CONFIG_NAME)
    const real = join(dir, 'elsewhere.json')
    await writeFile(real, await readFile(file))
    await rm(file)
    await symlink(real, file)
    expect(await verifyConfigPackage(root, ctx)).toMatchObject({ code: 'not-a-regular-file' })
    await rm(file)
    await writeFile(file, Buffer.alloc(70 * 1024, 0x20))
    expect(await verifyConfigPackage(root, ctx)).toMatchObject({ code: 'too-large' })
  })

  it('says which file is missing when the folder is not a package', async () => {
    expect(await verifyConfigPackage(join(dir, 'nothing'), ctx)).toMatchObject({
      code: 'missing-file',
      reason: `${CONFIG_NAME} is missing`,
    })
  })
})
