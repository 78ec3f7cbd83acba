import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { manifestSchema } from '../../common/update/manifest'
import { main } from '../cli'
import { captureIO } from '../testIO'

const MINISIGN = '/usr/bin/minisign'
const hasMinisign = existsSync(MINISIGN)

let dir: string
async function cli(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(args, io)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}

async function keygen(out = 'office') {
  const result = await cli('keygen', '--out', out)
  expect(result.code).toBe(0)
  const keyId = /key id: +([0-9A-F]{16})/.exec(result.stdout)![1]!
  return { keyId, secret: join(out, `${keyId}.key`), pub: join(out, `${keyId}.pub`) }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-pack-'))
  const content = structuredClone(validContent)
  content.maps = [
    {
      id: 'station-map',
      siteId: content.dataset.defaultSiteId,
      file: 'maps/railway station.svg',
      width: 10,
      height: 10,
      bounds: { north: 43.9, south: 43.8, east: 125.4, west: 125.3 },
      crs: 'gcj02',
      alt: { 'zh-Hans': '车站地图', en: 'Station map', ko: '역 지도' },
    },
  ]
  await mkdir(join(dir, 'src', 'maps'), { recursive: true })
  await writeFile(join(dir, 'src', 'content.json'), JSON.stringify(content, null, 2))
  await writeFile(
    join(dir, 'src', 'maps', 'railway station.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
  )
})

describe('kiosk-content keygen / pack / verify', () => {
  it('keygen writes a private secret key and a minisign public key named by key id', async () => {
    const { keyId, secret, pub } = await keygen()
    expect((await stat(join(dir, secret))).mode & 0o777).toBe(0o600)
    expect(await readFile(join(dir, pub), 'utf8')).toMatch(
      new RegExp(`^untrusted comment: minisign public key ${keyId}\nRW[A-Za-z0-9+/]{54}\n$`),
    )
  })

  it('pack writes a signed package with the content and its map image; verify accepts it', async () => {
    const { keyId, secret, pub } = await keygen()
    const packed = await cli(
      'pack',
      '--content',
      'src/content.json',
      '--key',
      secret,
      '--version',
      '12',
      '--out',
      'stick',
    )
    expect(packed).toMatchObject({ code: 0 })
    const root = join(dir, 'stick', 'KIOSK-UPDATE')
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')),
    )
    expect(manifest.contentVersion).toBe(12)
    expect(manifest.files.map((f) => [f.name, f.role])).toEqual([
      ['content.json', 'content'],
      ['maps/railway station.svg', 'image'],
    ])
    expect((await readdir(join(root, 'files'))).sort()).toEqual(
      manifest.files.map((f) => `${f.sha256}.${f.name.split('.').pop()}`).sort(),
    )
    const verified = await cli('verify', 'stick', '--pubkey', pub)
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain(`OK: content version 12, signed by key ${keyId}`)
    if (hasMinisign) {
      const run = spawnSync(MINISIGN, ['-Vm', join(root, 'manifest.json'), '-p', join(dir, pub)])
      expect(run.status).toBe(0)
    } else
      console.warn('minisign not installed (apt package "minisign"): CLI interop check skipped')
  })

  it('pack stops on content errors and writes nothing', async () => {
    const { secret } = await keygen()
    const broken = structuredClone(validContent)
    broken.services[0]!.locationIds = ['nowhere']
    await writeFile(join(dir, 'src', 'broken.json'), JSON.stringify(broken))
    const result = await cli(
      'pack',
      '--content',
      'src/broken.json',
      '--key',
      secret,
      '--version',
      '4',
      '--out',
      'stick',
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('src/broken.json: error services[0].locationIds[0]')
    expect(result.stderr).toContain('nothing was packed')
    expect(existsSync(join(dir, 'stick'))).toBe(false)
  })

  it('verify gives the kiosk reason for an unknown key, a replay and another kiosk', async () => {
    const office = await keygen('office')
    const other = await keygen('other')
    await cli(
      'pack',
      '--content',
      'src/content.json',
      '--key',
      office.secret,
      '--version',
      '7',
      '--out',
      'stick',
      '--targets',
      'kiosk-2',
    )
    expect(await cli('verify', 'stick', '--pubkey', other.pub)).toMatchObject({
      code: 1,
      stdout: `REFUSED: signed by an unknown key (key id ${office.keyId})`,
    })
    expect(
      await cli('verify', 'stick/KIOSK-UPDATE', '--pubkey', office.pub, '--installed-version', '7'),
    ).toMatchObject({
      code: 1,
      stdout:
        'REFUSED: version 7 is not newer than 7, the highest version this kiosk has installed',
    })
    expect(
      await cli('verify', 'stick', '--pubkey', office.pub, '--kiosk-id', 'kiosk-9'),
    ).toMatchObject({
      code: 1,
      stdout: 'REFUSED: meant for other kiosks (kiosk-2), not kiosk-9',
    })
  })

  it('pack refuses sample content unless --allow-sample is given', async () => {
    const { secret } = await keygen()
    const content = structuredClone(validContent)
    content.dataset.sample = true
    await writeFile(join(dir, 'src', 'content.json'), JSON.stringify(content, null, 2))
    const args = ['--content', 'src/content.json', '--key', secret, '--version', '4']
    const refused = await cli('pack', ...args, '--out', 'refused')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/sample content .* --allow-sample/)
    expect(existsSync(join(dir, 'refused'))).toBe(false)
    const allowed = await cli('pack', ...args, '--out', 'allowed', '--allow-sample')
    expect(allowed.code).toBe(0)
    expect(existsSync(join(dir, 'allowed', 'KIOSK-UPDATE', 'manifest.json'))).toBe(true)
  })

  it('misuse is exit code 2 with the usage line', async () => {
    expect(await cli('pack', '--content', 'src/content.json')).toMatchObject({ code: 2 })
    expect((await cli('verify', 'stick')).stderr).toContain('Usage: kiosk-content verify')
  })
})

describe('pack --targets (issue 20: groups for staged rollouts)', () => {
  it('takes kiosk ids and group:<name> and writes them into the signed manifest', async () => {
    const office = await keygen('office')
    const args = ['--content', 'src/content.json', '--key', office.secret, '--version', '9']
    const packed = await cli(
      'pack',
      ...args,
      '--out',
      'wave1',
      '--targets',
      'group:canary, kiosk-7,',
    )
    expect(packed).toMatchObject({ code: 0 })
    expect(packed.stdout).toContain('only for group:canary, kiosk-7')
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(dir, 'wave1', 'KIOSK-UPDATE', 'manifest.json'), 'utf8')),
    )
    expect(manifest.targets).toEqual(['group:canary', 'kiosk-7'])
    const everyone = await cli('pack', ...args, '--out', 'wave2')
    expect(everyone.stdout).toContain('; for every kiosk')
  })

  it.each([
    ['group:Canary', '"group:Canary" is not a kiosk id or group:<name>'],
    ['group:', '"group:" is not a kiosk id or group:<name>'],
    ['groups:canary', '"groups:canary" is not a kiosk id or group:<name>'],
    ['kiosk 1', '"kiosk 1" is not a kiosk id'],
    ['kiosk-1,,kiosk-2', 'entry 2 is empty'],
    ['', 'entry 1 is empty'],
    ['kiosk-1,kiosk-1', '"kiosk-1" is listed twice'],
  ])('refuses --targets %j before packing anything', async (targets, message) => {
    const office = await keygen('office')
    const result = await cli(
      'pack',
      ...['--content', 'src/content.json', '--key', office.secret, '--version', '9'],
      ...['--out', 'refused', '--targets', targets],
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('nothing was packed')
    expect(existsSync(join(dir, 'refused'))).toBe(false)
  })
})
