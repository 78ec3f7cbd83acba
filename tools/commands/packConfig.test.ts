import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { CONFIG_FOLDER, configManifestSchema } from '../../common/admin/configPackage'
import { defaultSettings } from '../../common/settings/schema'
import { verifyConfigPackage } from '../../electron/services/admin/configPackage'
import { readPublicKey } from '../../electron/services/updates/keys'
import { main } from '../cli'
import { captureIO } from '../testIO'

let dir: string
async function cli(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(args, io)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}

async function keygen() {
  const result = await cli('keygen', '--out', 'office')
  const keyId = /key id: +([0-9A-F]{16})/.exec(result.stdout)?.[1]
  if (!keyId) throw new Error(`keygen printed no key id: ${result.stdout}`)
  return { secret: join('office', `${keyId}.key`), pub: join(dir, 'office', `${keyId}.pub`) }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-pack-config-'))
})

describe('kiosk-content pack-config', () => {
  it('writes a signed package that a targeted kiosk verifies and that lists the changes', async () => {
    const key = await keygen()
    await writeFile(
      join(dir, 'hall.json'),
      '{ "idleSeconds": 120, "languages": ["zh-Hans", "ko"] }',
    )
    const result = await cli(
      'pack-config',
      '--settings',
      'hall.json',
      '--key',
      key.secret,
      '--out',
      'stick',
      '--targets',
      'kiosk-hall-1,kiosk-hall-2',
    )
    expect(result).toMatchObject({ code: 0 })
    expect(result.stdout).toContain('for kiosks kiosk-hall-1, kiosk-hall-2')
    expect(result.stdout).toContain('changes on a fresh kiosk: idleSeconds, languages')

    const root = join(dir, 'stick', CONFIG_FOLDER)
    const manifest = configManifestSchema.parse(
      JSON.parse(await readFile(join(root, 'config.json'), 'utf8')),
    )
    expect(manifest.targets).toEqual(['kiosk-hall-1', 'kiosk-hall-2'])
    const pub = readPublicKey(await readFile(key.pub, 'utf8'))
    if (!pub.ok) throw new Error(pub.error)
    const keys = { trusted: [pub.value], revoked: new Set<string>() }
    const forHall2 = { ...defaultSettings(), kioskId: 'kiosk-hall-2' }
    expect(await verifyConfigPackage(root, { keys, current: forHall2 })).toMatchObject({ ok: true })
    const forLobby = { ...defaultSettings(), kioskId: 'lobby' }
    expect(await verifyConfigPackage(root, { keys, current: forLobby })).toMatchObject({
      code: 'not-for-this-kiosk',
    })
  })

  it('carries the admin PIN as a scrypt hash, never the digits, with --pin-file', async () => {
    const key = await keygen()
    await writeFile(join(dir, 's.json'), '{}')
    await writeFile(join(dir, 'pin.txt'), '9081726354\n')
    const args = ['--settings', 's.json', '--key', key.secret, '--out', 'stick']
    const result = await cli('pack-config', ...args, '--pin-file', 'pin.txt')
    expect(result.code).toBe(0)
    const text = await readFile(join(dir, 'stick', CONFIG_FOLDER, 'config.json'), 'utf8')
    const adminPin = configManifestSchema.parse(JSON.parse(text)).adminPin
    expect(adminPin).toMatchObject({ algorithm: 'scrypt', params: { N: 131_072 } })
    expect(text).not.toContain('9081726354')
    // A pad PIN of 8 digits is too easy to guess offline from a copied stick.
    await writeFile(join(dir, 'short.txt'), '12345678')
    const short = await cli('pack-config', ...args, '--pin-file', 'short.txt')
    expect(short.code).toBe(1)
    expect(short.stderr).toContain('at least 10 digits')
  })

  it('carries a PIN per kiosk with --pins-file, each for a targeted kiosk only', async () => {
    const key = await keygen()
    await writeFile(join(dir, 's.json'), '{}')
    await writeFile(join(dir, 'pins.json'), '{ "hall-1": "1111122222", "hall-2": "3333344444" }')
    const args = ['--settings', 's.json', '--key', key.secret, '--out', 'stick']
    const result = await cli(
      'pack-config',
      ...args,
      '--targets',
      'hall-1,hall-2',
      '--pins-file',
      'pins.json',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('own PIN for hall-1, hall-2')
    const text = await readFile(join(dir, 'stick', CONFIG_FOLDER, 'config.json'), 'utf8')
    const manifest = configManifestSchema.parse(JSON.parse(text))
    expect(Object.keys(manifest.adminPins ?? {})).toEqual(['hall-1', 'hall-2'])
    expect(text).not.toContain('1111122222')
    const stray = await cli(
      'pack-config',
      ...args,
      '--targets',
      'hall-1',
      '--pins-file',
      'pins.json',
    )
    expect(stray.code).toBe(1)
    expect(stray.stderr).toContain('kiosk hall-2 is not in --targets')
  })

  it('refuses settings with errors, naming each field, and packs nothing', async () => {
    const key = await keygen()
    await writeFile(join(dir, 'bad.json'), '{ "idleSeconds": 5, "colour": "red" }')
    const result = await cli(
      'pack-config',
      '--settings',
      'bad.json',
      '--key',
      key.secret,
      '--out',
      'stick',
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('bad.json: error idleSeconds:')
    expect(result.stdout).toContain('bad.json: error colour: unknown field')
    await expect(readFile(join(dir, 'stick', CONFIG_FOLDER, 'config.json'))).rejects.toThrow()
  })

  it('reports a JSON syntax error with its line and column', async () => {
    const key = await keygen()
    await writeFile(join(dir, 'broken.json'), '{\n  "idleSeconds": 90,\n}\n')
    const result = await cli(
      'pack-config',
      '--settings',
      'broken.json',
      '--key',
      key.secret,
      '--out',
      'o',
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/broken\.json: invalid JSON at line 3, column 1/)
  })

  it('explains its usage when an argument is missing, and refuses a bad kiosk id', async () => {
    expect((await cli('pack-config', '--settings', 'x.json')).code).toBe(2)
    const bad = await cli(
      'pack-config',
      '--settings',
      'x',
      '--key',
      'k',
      '--out',
      'o',
      '--targets',
      'Hall 1',
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--targets')
  })

  it('signs the version it is given, and refuses one that is not a whole number above 0 (issue 23, finding 7)', async () => {
    const key = await keygen()
    await writeFile(join(dir, 'empty.json'), '{}')
    const pack = (...extra: string[]) =>
      cli(
        'pack-config',
        '--settings',
        'empty.json',
        '--key',
        key.secret,
        '--out',
        'stick',
        ...extra,
      )
    expect(await pack('--version', '0')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--version must be a whole number above 0, not "0"'),
    })
    const packed = await pack('--version', '42')
    expect(packed).toMatchObject({ code: 0 })
    expect(packed.stdout).toContain('config package version 42')
    const config = join(dir, 'stick', CONFIG_FOLDER, 'config.json')
    expect(configManifestSchema.parse(JSON.parse(await readFile(config, 'utf8'))).version).toBe(42)
  })
})
