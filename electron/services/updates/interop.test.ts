import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MANIFEST_NAME } from '../../../common/update/manifest'
import { checkPackage, installPackage } from './installer'
import { loadActiveSlot } from './slots'
import { buildPackage, makeKiosk } from './testing/packageFixtures'

const MINISIGN = '/usr/bin/minisign'
const hasMinisign = existsSync(MINISIGN)
if (!hasMinisign)
  console.warn('minisign not installed (apt package "minisign"): package interop skipped')

describe.skipIf(!hasMinisign)('whole packages and the minisign tool', () => {
  it('a package manifest signed with `minisign -S -l` by a pinned minisign key installs on the kiosk', async () => {
    const env = await makeKiosk()
    const { root } = await buildPackage(env, 'stick', 4)
    const pub = join(env.resourcesDir, 'keys', 'office-minisign.pub')
    const secret = join(env.base, 'office.key')
    execFileSync(MINISIGN, ['-G', '-W', '-f', '-p', pub, '-s', secret])
    // Replace our signature with minisign's own (legacy format), made by the office tool.
    execFileSync(MINISIGN, ['-S', '-l', '-s', secret, '-m', join(root, MANIFEST_NAME)])
    // minisign prints the key id without leading zeros (e.g. 15 digits when the top nibble is 0);
    // the kiosk always names a key by all 16.
    const printed = /minisign public key ([0-9A-F]{1,16})\b/.exec(await readFile(pub, 'utf8'))
    const keyId = printed![1]!.padStart(16, '0')
    const checked = await checkPackage(env.deps, root, undefined)
    expect(checked).toMatchObject({ ok: true, preview: { signerKeyId: keyId, contentVersion: 4 } })
    if (!checked.ok) return
    expect((await installPackage(env.deps, root, checked.package)).ok).toBe(true)
    expect(await loadActiveSlot(env.dataDir)).toMatchObject({ signerKeyId: keyId })
  })

  it('a package from our packer verifies with `minisign -Vm` and the kiosk public key', async () => {
    const env = await makeKiosk()
    const { root } = await buildPackage(env, 'stick', 4)
    const pub = join(env.resourcesDir, 'keys', 'office.pub')
    const run = spawnSync(MINISIGN, ['-Vm', join(root, MANIFEST_NAME), '-p', pub], {
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    expect(run.stdout + run.stderr).toContain('contentVersion:4')
  })
})
