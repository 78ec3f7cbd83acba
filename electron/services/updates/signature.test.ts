import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  generateSigningKey,
  publicKeyFileText,
  readPublicKey,
  readSecretKey,
  secretKeyFileText,
} from './keys'
import { signMinisign, verifyMinisign, type SignatureKeys } from './signature'

const MINISIGN = '/usr/bin/minisign'
const hasMinisign = existsSync(MINISIGN)
if (!hasMinisign)
  console.warn('minisign not installed (apt package "minisign"): interop tests skipped')

const message = new TextEncoder().encode('{"format":"relief-kiosk-update/1"}\n')
const keysFor = (...texts: string[]): SignatureKeys => ({
  trusted: texts.map((t) => {
    const parsed = readPublicKey(t)
    if (!parsed.ok) throw new Error(parsed.error)
    return parsed.value
  }),
  revoked: new Set(),
})

describe('minisign signatures made with Node crypto', () => {
  const key = generateSigningKey()
  const pub = publicKeyFileText(key)

  it('verify with the signing key and survive a secret key file round trip', () => {
    const reread = readSecretKey(secretKeyFileText(key))
    if (!reread.ok) throw new Error(reread.error)
    expect(reread.value.keyIdHex).toBe(key.keyIdHex)
    const sig = signMinisign(message, reread.value, 'timestamp:1\tfile:manifest.json')
    const check = verifyMinisign(message, sig, keysFor(pub))
    expect(check).toMatchObject({ ok: true, trustedComment: 'timestamp:1\tfile:manifest.json' })
  })

  it('refuse a changed message, an unknown key, a revoked key and an edited trusted comment', () => {
    const sig = signMinisign(message, key, 'timestamp:1')
    const changed = Uint8Array.from(message)
    changed[5] ^= 1
    expect(verifyMinisign(changed, sig, keysFor(pub))).toMatchObject({
      ok: false,
      code: 'bad-signature',
    })
    const other = publicKeyFileText(generateSigningKey())
    expect(verifyMinisign(message, sig, keysFor(other))).toMatchObject({
      ok: false,
      reason: `signed by an unknown key (key id ${key.keyIdHex})`,
    })
    expect(
      verifyMinisign(message, sig, { ...keysFor(pub), revoked: new Set([key.keyIdHex]) }),
    ).toMatchObject({ ok: false, code: 'revoked-key' })
    const edited = sig.replace('timestamp:1', 'timestamp:2')
    expect(verifyMinisign(message, edited, keysFor(pub))).toMatchObject({
      ok: false,
      reason: "the signature's trusted comment was changed after signing",
    })
  })
})

describe.skipIf(!hasMinisign)('interop with the minisign tool', () => {
  it('minisign -Vm accepts our signature and public key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minisign-'))
    const key = generateSigningKey()
    await writeFile(join(dir, 'manifest.json'), message)
    await writeFile(
      join(dir, 'manifest.json.minisig'),
      signMinisign(message, key, 'timestamp:1\tfile:manifest.json'),
    )
    await writeFile(join(dir, 'kiosk.pub'), publicKeyFileText(key))
    const run = spawnSync(
      MINISIGN,
      ['-Vm', join(dir, 'manifest.json'), '-p', join(dir, 'kiosk.pub')],
      {
        encoding: 'utf8',
      },
    )
    expect(run.stderr + run.stdout).toContain('Signature and comment signature verified')
    expect(run.status).toBe(0)
    const bareKey = publicKeyFileText(key).split('\n')[1]!
    const byArg = spawnSync(MINISIGN, ['-Vm', join(dir, 'manifest.json'), '-P', bareKey])
    expect(byArg.status).toBe(0)
    // And minisign refuses it once the manifest changes, so the check above is meaningful.
    await writeFile(join(dir, 'manifest.json'), '{"format":"tampered"}\n')
    expect(spawnSync(MINISIGN, ['-Vm', join(dir, 'manifest.json'), '-P', bareKey]).status).not.toBe(
      0,
    )
  })

  it.each([
    ['legacy (-l)', ['-l']],
    ['prehashed (default)', []],
  ])('we accept a %s signature made by minisign with a minisign key', async (_label, flags) => {
    const dir = await mkdtemp(join(tmpdir(), 'minisign-'))
    execFileSync(MINISIGN, ['-G', '-W', '-f', '-p', join(dir, 'k.pub'), '-s', join(dir, 'k.key')])
    await writeFile(join(dir, 'manifest.json'), message)
    execFileSync(MINISIGN, [
      '-S',
      ...flags,
      '-s',
      join(dir, 'k.key'),
      '-m',
      join(dir, 'manifest.json'),
      '-t',
      'office',
    ])
    const sig = await readFile(join(dir, 'manifest.json.minisig'), 'utf8')
    expect(sig.split('\n')[1]!.startsWith(flags.length ? 'RW' : 'RU')).toBe(true)
    const pub = await readFile(join(dir, 'k.pub'), 'utf8')
    expect(verifyMinisign(message, sig, keysFor(pub))).toMatchObject({
      ok: true,
      trustedComment: 'office',
    })
    expect(verifyMinisign(new TextEncoder().encode('other'), sig, keysFor(pub)).ok).toBe(false)
    // The same minisign secret key can sign through our code (an office keeps its key).
    const secret = readSecretKey(await readFile(join(dir, 'k.key'), 'utf8'))
    if (!secret.ok) throw new Error(secret.error)
    expect(verifyMinisign(message, signMinisign(message, secret.value, 't'), keysFor(pub)).ok).toBe(
      true,
    )
  })
})
