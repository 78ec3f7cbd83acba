import { execFileSync } from 'node:child_process'
import {
  readdir,
  readFile,
  rm,
  symlink,
  truncate,
  unlink,
  writeFile,
  mkdir,
} from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  FILES_FOLDER,
  LIMITS,
  MANIFEST_NAME,
  SIGNATURE_NAME,
} from '../../../common/update/manifest'
import { checkPackage } from './installer'
import { generateSigningKey } from './keys'
import { writeSignedManifest } from './packageBuilder'
import { formatBytes, type RefusalCode } from './refusal'
import { loadActiveSlot } from './slots'
import {
  buildPackage,
  contentFile,
  contentFilesFor,
  contentOf,
  installVersion,
  makeKiosk,
  snapshotTree,
  type KioskEnv,
} from './testing/packageFixtures'

let env: KioskEnv
let root: string

beforeEach(async () => {
  env = await makeKiosk()
  await installVersion(env, 5)
  root = (await buildPackage(env, 'stick', 6)).root
})

const filesDir = () => join(root, FILES_FOLDER)
const contentPath = async () => {
  const name = (await readdir(filesDir())).find((n) => n.endsWith('.json'))!
  return join(filesDir(), name)
}

async function editManifest(change: (m: Record<string, unknown>) => void, key = env.key) {
  const manifest = JSON.parse(await readFile(join(root, MANIFEST_NAME), 'utf8')) as Record<
    string,
    unknown
  >
  change(manifest)
  await writeSignedManifest(root, new TextEncoder().encode(JSON.stringify(manifest)), key)
}

/** The installed state: slots, pointer, high-water mark and keys (the update log is meant to grow). */
async function installedState() {
  const slots = await snapshotTree(join(env.dataDir, 'content-slots'))
  const mark = await readFile(join(env.dataDir, 'updates', 'high-water-mark.json'), 'utf8')
  return { slots, mark }
}

async function expectRefused(code: RefusalCode, reason: string | RegExp) {
  const before = await installedState()
  const outcome = await checkPackage(env.deps, root, undefined)
  expect(outcome.ok).toBe(false)
  if (outcome.ok) return
  expect(outcome.refusal.code).toBe(code)
  if (typeof reason === 'string') expect(outcome.refusal.reason).toContain(reason)
  else expect(outcome.refusal.reason).toMatch(reason)
  expect(await installedState()).toEqual(before)
  const active = await loadActiveSlot(env.dataDir)
  expect(active?.manifest.contentVersion).toBe(5)
  const last = env.deps.log.entries().at(-1)
  expect(last).toMatchObject({ outcome: 'refused', code, reason: outcome.refusal.reason })
}

describe('a bad package is refused with its own reason and the installed content stays byte-identical', () => {
  it('control: the unmodified package passes', async () => {
    const outcome = await checkPackage(env.deps, root, contentOf(5))
    expect(outcome).toMatchObject({
      ok: true,
      preview: { contentVersion: 6, signerKeyId: env.key.keyIdHex },
    })
  })

  it('unsigned', async () => {
    await unlink(join(root, SIGNATURE_NAME))
    await expectRefused('unsigned', 'not signed: manifest.json.minisig is missing')
  })

  // Finding 9 of the 2026 review: every entry of files/ was lstat'd and kept before the
  // signature was checked, so an unsigned stick with a million files kept the kiosk busy.
  it('an unsigned package with more files than any manifest may list stops at the cap', async () => {
    await unlink(join(root, SIGNATURE_NAME))
    const names = Array.from(
      { length: LIMITS.files + 50 },
      (_, i) => `${String(i).padStart(64, '0')}.png`,
    )
    await Promise.all(names.map((n) => writeFile(join(filesDir(), n), '')))
    await expectRefused(
      'too-many-files',
      `files/ holds more than ${LIMITS.files} files, the most a package may list`,
    )
  })

  it('signed by an unknown key', async () => {
    const stranger = generateSigningKey()
    await editManifest(() => {}, stranger)
    await expectRefused('unknown-key', `signed by an unknown key (key id ${stranger.keyIdHex})`)
  })

  it('manifest edited after signing', async () => {
    const text = await readFile(join(root, MANIFEST_NAME), 'utf8')
    await writeFile(
      join(root, MANIFEST_NAME),
      text.replace('"contentVersion": 6', '"contentVersion": 9'),
    )
    await expectRefused('bad-signature', 'it was changed after signing')
  })

  it('a file edited after packing (same size)', async () => {
    const path = await contentPath()
    const text = await readFile(path, 'utf8')
    await writeFile(path, text.replace('测试市', '假冒市'))
    await expectRefused('hash-mismatch', '"content.json" does not match its sha256')
  })

  it('a listed file missing', async () => {
    await unlink(await contentPath())
    await expectRefused('missing-file', /"content\.json" \(files\/[0-9a-f]{64}\.json\) is missing/)
  })

  it('an extra, unlisted file', async () => {
    await writeFile(join(filesDir(), 'a'.repeat(64) + '.png'), 'not listed')
    await expectRefused('extra-file', 'is not listed in the manifest')
  })

  it('a symlink to a file', async () => {
    const path = await contentPath()
    const real = join(env.base, 'elsewhere.json')
    await writeFile(real, await readFile(path))
    await unlink(path)
    await symlink(real, path)
    await expectRefused('link', 'is a link: links are never followed')
  })

  it('a symlink to a folder', async () => {
    const real = join(env.base, 'real-files')
    await mkdir(real)
    for (const name of await readdir(filesDir())) {
      await writeFile(join(real, name), await readFile(join(filesDir(), name)))
    }
    await rm(filesDir(), { recursive: true })
    await symlink(real, filesDir())
    await expectRefused('link', 'files/ is a link to a folder')
  })

  it('a device or pipe instead of a file', async () => {
    execFileSync('mkfifo', [join(filesDir(), 'c'.repeat(64) + '.png')])
    await expectRefused('not-a-file', 'is not a regular file')
  })

  it('an unexpected item next to the manifest', async () => {
    await writeFile(join(root, 'autorun.inf'), '[autorun]')
    await expectRefused('unexpected-entry', 'unexpected item "autorun.inf" in the package folder')
  })

  it('a huge file (sparse, so the test writes no real bytes)', async () => {
    const huge = join(filesDir(), 'b'.repeat(64) + '.png')
    await writeFile(huge, '')
    await truncate(huge, 3 * 1024 ** 3)
    await expectRefused('too-large', /is 3072 MB, over the 160 MB limit/)
  })

  it('a manifest over the size cap', async () => {
    const text = await readFile(join(root, MANIFEST_NAME), 'utf8')
    const padded = text.replace('{', '{' + ' '.repeat(300 * 1024))
    await writeSignedManifest(root, new TextEncoder().encode(padded), env.key)
    await expectRefused('too-large', /manifest\.json is 30\d\.\d KB, over the 256 KB limit/)
  })

  it('malformed JSON with a valid signature', async () => {
    await writeSignedManifest(
      root,
      new TextEncoder().encode('{"format": "relief-kiosk-update/1",\n  oops}'),
      env.key,
    )
    await expectRefused(
      'malformed-manifest',
      /manifest\.json is not valid JSON: invalid JSON at line 2, column 3/,
    )
  })

  it('valid signature but invalid content (a dangling reference)', async () => {
    root = (
      await buildPackage(env, 'stick-dangling', 6, {
        files: [contentFile(contentOf(6, (c) => (c.services[0]!.locationIds = ['nowhere'])))],
      })
    ).root
    await expectRefused(
      'invalid-content',
      /the content has errors: services\[0\]\.locationIds\[0\]: .*nowhere/,
    )
  })

  it('version equal to the installed one (replay)', async () => {
    root = (await buildPackage(env, 'stick-replay', 5)).root
    await expectRefused(
      'not-newer',
      'version 5 is not newer than 5, the highest version this kiosk has installed',
    )
  })

  it('version below the installed one (downgrade)', async () => {
    root = (await buildPackage(env, 'stick-old', 3)).root
    await expectRefused(
      'not-newer',
      'version 3 is not newer than 5, the highest version this kiosk has installed',
    )
  })

  it('wrong compatible', async () => {
    await editManifest((m) => (m.compatible = [2]))
    await expectRefused('incompatible', 'made for content format 2; this kiosk reads format 1')
  })

  it('targets that exclude this kiosk', async () => {
    root = (await buildPackage(env, 'stick-targets', 6, { targets: ['kiosk-1', 'kiosk-2'] })).root
    await expectRefused(
      'not-for-this-kiosk',
      'meant for other kiosks (kiosk-1, kiosk-2), not kiosk-7',
    )
  })

  it("group targets that name none of this kiosk's groups", async () => {
    root = (await buildPackage(env, 'stick-groups', 6, { targets: ['group:canary'] })).root
    env.deps = { ...env.deps, groups: ['stations'] }
    await expectRefused(
      'not-for-this-kiosk',
      'meant for other kiosks (group:canary), not kiosk-7 (groups stations)',
    )
  })

  it('a package format this kiosk does not read', async () => {
    await editManifest((m) => (m.format = 'relief-kiosk-update/2'))
    await expectRefused(
      'wrong-format',
      'the package format "relief-kiosk-update/2" is not one this kiosk reads',
    )
  })

  it('a manifest that lies about a file size: exact bytes when the rounded sizes agree (issue 23, finding 11)', async () => {
    let listed = 0
    await editManifest((m) => {
      const files = m.files as { name: string; size: number }[]
      files[0]!.size -= 1
      listed = files[0]!.size
    })
    expect(formatBytes(listed + 1)).toBe(formatBytes(listed)) // both read "N.N KB"
    const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`
    await expectRefused(
      'too-large',
      `"content.json" is ${bytes(listed + 1)}, but the manifest allows ${bytes(listed)}`,
    )
  })

  it('a carried key file that is not a public key', async () => {
    const junk = {
      name: 'keys/new.pub',
      role: 'key' as const,
      bytes: new TextEncoder().encode('not a key'),
    }
    root = (await buildPackage(env, 'stick-key', 6, { files: [...contentFilesFor(6), junk] })).root
    await expectRefused('invalid-manifest', '"keys/new.pub" is not a minisign public key')
  })

  it('revoking every trusted key (it would lock the kiosk out of updates)', async () => {
    root = (await buildPackage(env, 'stick-revoke', 6, { revokeKeyIds: [env.key.keyIdHex] })).root
    await expectRefused('invalid-manifest', 'the package revokes every key this kiosk trusts')
  })

  it('the stick pulled out while a file is being read', async () => {
    const before = await installedState()
    const outcome = await checkPackage(env.deps, root, undefined, async () => {
      await rm(join(env.base, 'stick'), { recursive: true, force: true })
    })
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: 'drive-removed', reason: 'the drive was removed while reading' },
    })
    expect(await installedState()).toEqual(before)
  })

  it('a read error from the pulled stick (EIO) is the same clean refusal', async () => {
    const outcome = await checkPackage(env.deps, root, undefined, () => {
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })
    })
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'drive-removed' } })
    expect((await loadActiveSlot(env.dataDir))?.manifest.contentVersion).toBe(5)
  })
})

describe('group targets (issue 20)', () => {
  it('a package for group:canary passes on a kiosk in the canary group', async () => {
    root = (await buildPackage(env, 'stick-canary', 6, { targets: ['cc-bus-9', 'group:canary'] }))
      .root
    const outcome = await checkPackage(
      { ...env.deps, groups: ['stations', 'canary'] },
      root,
      undefined,
    )
    expect(outcome.ok).toBe(true)
  })
})
