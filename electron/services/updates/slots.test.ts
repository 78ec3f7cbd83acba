import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { FILES_FOLDER, MANIFEST_NAME } from '../../../common/update/manifest'
import { highWaterMarkFile } from './highWaterMark'
import { checkPackage, installPackage } from './installer'
import { generateSigningKey, publicKeyFileText } from './keys'
import { pointerFile, slotDir, slotsDir } from './slotLayout'
import { effectiveHighWaterMark, loadActiveSlot, rollbackToPrevious } from './slots'
import {
  buildPackage,
  contentFilesFor,
  installVersion,
  makeKiosk,
  type KioskEnv,
} from './testing/packageFixtures'

let env: KioskEnv
beforeEach(async () => {
  env = await makeKiosk()
})

const activeVersion = async () =>
  (await loadActiveSlot(env.dataDir))?.manifest.contentVersion ?? null

async function contentFileOf(slot: string) {
  const dir = join(slotDir(env.dataDir, slot), FILES_FOLDER)
  return join(
    dir,
    (await readdir(dir)).find((n) => n.endsWith('.json'))!,
  )
}

const damages: [string, (bytes: Buffer) => Uint8Array][] = [
  ['empty', () => new Uint8Array()],
  ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
  ['NUL-filled', (b) => new Uint8Array(b.length)],
]

async function damage(file: string, how: (bytes: Buffer) => Uint8Array) {
  await writeFile(file, how(await readFile(file)))
}

describe('update slots', () => {
  it('a new kiosk has no slot (factory content) and a high-water mark of 0', async () => {
    expect(await loadActiveSlot(env.dataDir)).toBeNull()
    expect(await effectiveHighWaterMark(env.dataDir)).toBe(0)
  })

  it('installs, keeps exactly the previous slot, and reports signer and content bytes', async () => {
    await installVersion(env, 5)
    await installVersion(env, 6)
    const third = await installVersion(env, 7)
    const active = await loadActiveSlot(env.dataDir)
    expect(active).toMatchObject({
      slot: third.slot,
      signerKeyId: env.key.keyIdHex,
      fellBack: false,
    })
    expect(JSON.parse(await readFile(active!.contentFile, 'utf8')).dataset.contentVersion).toBe(7)
    const slots = (await readdir(slotsDir(env.dataDir))).filter((n) => n.startsWith('v'))
    expect(slots.map((s) => s.split('-')[0]).sort()).toEqual(['v6', 'v7'])
    expect(await effectiveHighWaterMark(env.dataDir)).toBe(7)
  })

  it('rollback serves the previous content but keeps the high-water mark', async () => {
    await installVersion(env, 5)
    await installVersion(env, 6)
    expect(await rollbackToPrevious(env.dataDir)).toMatchObject({ ok: true })
    expect(await activeVersion()).toBe(5)
    expect(await effectiveHighWaterMark(env.dataDir)).toBe(6)
    const replay = await checkPackage(
      env.deps,
      (await buildPackage(env, 'again', 6)).root,
      undefined,
    )
    expect(replay).toMatchObject({ ok: false, refusal: { code: 'not-newer' } })
    expect(await rollbackToPrevious(env.dataDir)).toEqual({
      ok: false,
      reason: 'there is no previous content to go back to',
    })
    await installVersion(env, 7)
    expect(await activeVersion()).toBe(7)
  })

  it.each(damages)(
    'an %s content file in the active slot falls back to the previous slot',
    async (_n, how) => {
      await installVersion(env, 5)
      const { slot } = await installVersion(env, 6)
      await damage(await contentFileOf(slot), how)
      const active = await loadActiveSlot(env.dataDir)
      expect(active).toMatchObject({ fellBack: true, manifest: { contentVersion: 5 } })
      expect(active!.problems.join()).toContain('does not match its recorded sha256')
    },
  )

  it.each(damages)(
    'an %s slot manifest falls back, and with both slots bad, to factory',
    async (_n, how) => {
      const first = await installVersion(env, 5)
      const second = await installVersion(env, 6)
      await damage(join(slotDir(env.dataDir, second.slot), MANIFEST_NAME), how)
      expect(await activeVersion()).toBe(5)
      await damage(await contentFileOf(first.slot), how)
      expect(await loadActiveSlot(env.dataDir)).toBeNull()
      expect(await effectiveHighWaterMark(env.dataDir)).toBe(6)
    },
  )

  it.each(damages)('an %s pointer file recovers from its backup copy', async (_n, how) => {
    await installVersion(env, 5)
    await installVersion(env, 6)
    await damage(pointerFile(env.dataDir), how)
    expect(await activeVersion()).toBe(6)
  })

  it.each(damages)(
    '%s pointer and backup: the newest slot that verifies is served',
    async (_n, how) => {
      await installVersion(env, 5)
      const { slot } = await installVersion(env, 6)
      await damage(pointerFile(env.dataDir), how)
      await damage(`${pointerFile(env.dataDir)}.bak`, how)
      await damage(await contentFileOf(slot), how)
      expect(await loadActiveSlot(env.dataDir)).toMatchObject({
        fellBack: true,
        manifest: { contentVersion: 5 },
      })
    },
  )

  it.each(damages)(
    'an %s high-water-mark file never lowers the mark below installed slots',
    async (_n, how) => {
      await installVersion(env, 5)
      await installVersion(env, 6)
      await damage(highWaterMarkFile(env.dataDir), how)
      await damage(`${highWaterMarkFile(env.dataDir)}.bak`, how)
      expect(await effectiveHighWaterMark(env.dataDir)).toBe(6)
    },
  )
})

describe('key rotation and revocation', () => {
  it('a package signed by the old key carries the new key; the new key then signs; the old key is revoked', async () => {
    const next = generateSigningKey()
    const carried = {
      name: `keys/${next.keyIdHex}.pub`,
      role: 'key' as const,
      bytes: new TextEncoder().encode(publicKeyFileText(next)),
    }
    await installVersion(env, 5)
    const withKey = await buildPackage(env, 'rotate', 6, {
      files: [...contentFilesFor(6), carried],
    })
    const checked = await checkPackage(env.deps, withKey.root, undefined)
    if (!checked.ok) throw new Error(checked.refusal.reason)
    await installPackage(env.deps, withKey.root, checked.package)

    const oldKey = env.key
    env.key = next
    await installVersion(env, 7, { revokeKeyIds: [oldKey.keyIdHex] })
    expect((await loadActiveSlot(env.dataDir))?.signerKeyId).toBe(next.keyIdHex)

    env.key = oldKey
    const stolen = await checkPackage(
      env.deps,
      (await buildPackage(env, 'stolen', 8)).root,
      undefined,
    )
    expect(stolen).toMatchObject({
      ok: false,
      refusal: {
        code: 'revoked-key',
        reason: `signed by a revoked key (key id ${oldKey.keyIdHex})`,
      },
    })
  })
})
