import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addKeyFromPackage } from '../../electron/services/admin/trustedKeyAdmin'
import { silentLogger } from '../../electron/services/logger/logger'
import { loadSignatureKeys } from '../../electron/services/updates/trustedKeys'
import { main } from '../cli'
import { captureIO } from '../testIO'

let dir: string
async function cli(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(args, io)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}

async function keygen(out: string) {
  const result = await cli('keygen', '--out', out)
  const keyId = /key id: +([0-9A-F]{16})/.exec(result.stdout)?.[1]
  if (!keyId) throw new Error(`keygen printed no key id: ${result.stdout}`)
  return { keyId, secret: join(out, `${keyId}.key`), pub: join(out, `${keyId}.pub`) }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-pack-key-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('kiosk-content pack-key', () => {
  it('writes a package a kiosk trusting the signer accepts, adding the new key', async () => {
    // The old key is what the kiosk ships with (resources/keys).
    const old = await keygen('resources/keys')
    const next = await keygen('office')
    const result = await cli('pack-key', '--pub', next.pub, '--key', old.secret, '--out', 'stick')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`packed key ${next.keyId}`)

    const data = join(dir, 'data')
    const keys = await loadSignatureKeys(join(dir, 'resources'), data, silentLogger)
    expect(await addKeyFromPackage([join(dir, 'stick')], keys, data)).toEqual({
      ok: true,
      keyId: next.keyId,
    })
    const after = await loadSignatureKeys(join(dir, 'resources'), data, silentLogger)
    expect(after.trusted.map((k) => k.keyIdHex).sort()).toEqual([old.keyId, next.keyId].sort())
  })

  it('versions key packages: an older or equal one is refused, so a removed key stays out', async () => {
    const old = await keygen('resources/keys')
    const next = await keygen('office')
    const third = await keygen('office')
    const pack = (pub: string, out: string, version: string) =>
      cli('pack-key', '--pub', pub, '--key', old.secret, '--out', out, '--version', version)
    expect((await pack(next.pub, 'stick-5', '5')).code).toBe(0)
    expect((await pack(third.pub, 'stick-4', '4')).code).toBe(0)
    expect((await pack(next.pub, 'stick-x', 'five')).code).toBe(2)

    const data = join(dir, 'data')
    const keys = () => loadSignatureKeys(join(dir, 'resources'), data, silentLogger)
    expect(await addKeyFromPackage([join(dir, 'stick-5')], await keys(), data)).toMatchObject({
      ok: true,
    })
    expect(await addKeyFromPackage([join(dir, 'stick-4')], await keys(), data)).toEqual({
      ok: false,
      reason: 'key package version 4 is not newer than 5, the newest this kiosk has taken',
    })
  })

  it('refuses missing arguments, a bad key file, and signing a key with itself', async () => {
    expect((await cli('pack-key', '--pub', 'x.pub')).code).toBe(2)
    const old = await keygen('office')
    const bad = await cli('pack-key', '--pub', 'nope.pub', '--key', old.secret, '--out', 'stick')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('nope.pub')
    const self = await cli('pack-key', '--pub', old.pub, '--key', old.secret, '--out', 'stick')
    expect(self.code).toBe(1)
    expect(self.stderr).toContain('must differ')
  })
})
