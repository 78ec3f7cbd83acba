import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  generateSigningKey,
  publicKeyFileText,
  readPublicKey,
} from '../electron/services/updates/keys'
import afterPack from './afterPack.cjs'
import config from './electron-builder.config.cjs'
import { packedKeysDir } from './releaseKeys.cjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// electron-builder's own validator, loaded from the app-builder-lib that electron-builder uses.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'))
const validatorModule = z.object({
  validateConfiguration: z.custom<(config: unknown, logger: unknown) => Promise<void>>(
    (value) => typeof value === 'function',
  ),
})
const loggerModule = z.object({
  DebugLogger: z.custom<new (enabled: boolean) => unknown>((value) => typeof value === 'function'),
})
const { validateConfiguration } = validatorModule.parse(
  requireFromBuilder('app-builder-lib/out/util/config/config'),
)
const { DebugLogger } = loggerModule.parse(requireFromBuilder('builder-util'))
const loaderModule = z.object({
  getConfig: z.custom<(projectDir: string, configPath: string, extra: null) => Promise<unknown>>(
    (value) => typeof value === 'function',
  ),
})
const { getConfig } = loaderModule.parse(
  requireFromBuilder('app-builder-lib/out/util/config/config'),
)
const resolverModule = z.object({
  resolveFunction: z.custom<
    (type: string | undefined, executor: unknown, name: string, root: string) => Promise<unknown>
  >((value) => typeof value === 'function'),
})
const { resolveFunction } = resolverModule.parse(
  requireFromBuilder('app-builder-lib/out/util/resolve'),
)
const validate = (candidate: unknown) => validateConfiguration(candidate, new DebugLogger(false))

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined()
  })

  it('is the file electron-builder loads for npm run dist, and its hook resolves to ours', async () => {
    const loaded = await getConfig(root, 'build/electron-builder.config.cjs', null)
    expect(loaded).toMatchObject({ appId: config.appId, afterPack: './build/afterPack.cjs' })
    const hook = z
      .custom<typeof afterPack>((value) => typeof value === 'function')
      .parse(await resolveFunction('module', config.afterPack, 'afterPack', root))
    const fuses = fakeFuses()
    const context = linuxContext(packedApp({ shippedKey: true }))
    await hook(context, fuses.load, {})
    expect(fuses.flips.map((f) => f.binary)).toEqual([join(context.appOutDir, 'relief-kiosk')])
  })

  it('the validator really checks: a misspelt option is refused', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).rejects.toThrow(
      /configuration\.nsis/,
    )
  })

  it('ships the bundles in an asar and the resources folder beside it', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toContain('dist/**')
    expect(config.extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: ['**/*'] },
    ])
    // The main process looks for resources at process.resourcesPath/resources when packaged.
    const main = readFileSync(join(root, 'electron/main/main.ts'), 'utf8')
    expect(main).toMatch(/join\(process\.resourcesPath, 'resources'\)/)
  })

  it('builds AppImage and deb for Linux and NSIS for Windows, with icons that exist', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(existsSync(join(root, 'build/icons/512x512.png'))).toBe(true)
    expect(existsSync(join(root, 'build/icons/256x256.png'))).toBe(true)
    expect(existsSync(join(root, String(config.win?.icon)))).toBe(true)
  })

  it('runs the fuse hook after packing, and npm run dist uses this file', () => {
    expect(config.afterPack).toBe('./build/afterPack.cjs')
    expect(existsSync(join(root, 'build/afterPack.cjs'))).toBe(true)
    const pkg = z
      .object({ scripts: z.record(z.string(), z.string()) })
      .parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')))
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.config.cjs')
  })
})

function fakeFuses() {
  const flips: { binary: string; config: Record<string, unknown> }[] = []
  const module = {
    FuseVersion,
    FuseV1Options,
    flipFuses: (binary: string, fuseConfig: Record<string, unknown>) => {
      flips.push({ binary, config: fuseConfig })
      return Promise.resolve(1)
    },
  }
  return { flips, load: () => Promise.resolve(module) }
}

const scratch = mkdtempSync(join(tmpdir(), 'after-pack-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A public key file as the office's `kiosk-content keygen` writes it. */
function officeKey(name = 'office.pub'): string {
  const file = join(mkdtempSync(join(scratch, 'office-')), name)
  writeFileSync(file, publicKeyFileText(generateSigningKey()))
  return file
}

/** An electron-builder output folder; with `shippedKey`, resources/keys already holds a key. */
function packedApp(options: { shippedKey?: boolean } = {}): string {
  const out = mkdtempSync(join(scratch, 'linux-unpacked-'))
  mkdirSync(join(out, 'resources', 'resources', 'content'), { recursive: true })
  if (options.shippedKey) {
    const keys = join(out, 'resources', 'resources', 'keys')
    mkdirSync(keys)
    writeFileSync(join(keys, 'repo.pub'), readFileSync(officeKey()))
  }
  return out
}

const linuxContext = (appOutDir: string): afterPack.FuseHookContext => ({
  appOutDir,
  electronPlatformName: 'linux',
  packager: { executableName: 'relief-kiosk', appInfo: { productFilename: 'Relief Kiosk' } },
})

describe('afterPack fuse hook', () => {
  it('flips exactly the kiosk fuses on the Linux executable', async () => {
    const fuses = fakeFuses()
    const context = linuxContext(packedApp({ shippedKey: true }))
    await afterPack(context, fuses.load, {})
    expect(fuses.flips).toEqual([
      {
        binary: join(context.appOutDir, 'relief-kiosk'),
        config: {
          version: FuseVersion.V1,
          [FuseV1Options.RunAsNode]: false,
          [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
          [FuseV1Options.EnableNodeCliInspectArguments]: false,
          // Finding 12 of the 2026 review: file:// pages kept fetch and service-worker rights.
          [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
          [FuseV1Options.OnlyLoadAppFromAsar]: true,
          [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
          [FuseV1Options.EnableCookieEncryption]: true,
        },
      },
    ])
  })

  it('targets the .exe on Windows', async () => {
    const fuses = fakeFuses()
    const out = packedApp({ shippedKey: true })
    await afterPack({ ...linuxContext(out), electronPlatformName: 'win32' }, fuses.load, {})
    expect(fuses.flips[0]?.binary).toBe(join(out, 'Relief Kiosk.exe'))
  })

  it('stops the build when the fuses cannot be flipped', async () => {
    const failing = () =>
      Promise.resolve({
        FuseVersion,
        FuseV1Options,
        flipFuses: () => Promise.reject(new Error('no fuse wire in this binary')),
      })
    const context = linuxContext(packedApp({ shippedKey: true }))
    await expect(afterPack(context, failing, {})).rejects.toThrow('no fuse wire')
    await expect(
      afterPack({ ...context, electronPlatformName: 'aix' }, fakeFuses().load, {}),
    ).rejects.toThrow('No fuse target for platform aix')
  })

  it('refuses a @electron/fuses that lacks one of the fuses (renamed upstream)', async () => {
    const withoutRunAsNode: Record<string, number | string> = { ...FuseV1Options }
    delete withoutRunAsNode.RunAsNode
    const stale = () =>
      Promise.resolve({
        FuseVersion,
        FuseV1Options: withoutRunAsNode,
        flipFuses: () => Promise.resolve(0),
      })
    await expect(
      afterPack(linuxContext(packedApp({ shippedKey: true })), stale, {}),
    ).rejects.toThrow('RunAsNode')
  })

  it('the real @electron/fuses still names every fuse the hook sets', () => {
    for (const name of Object.keys(afterPack.KIOSK_FUSES)) {
      expect(FuseV1Options).toHaveProperty(name)
    }
  })
})

// Finding 12 of the 2026 review: a release trusted no key, so a fresh kiosk accepted no update
// until a technician copied a .pub into its data folder.
describe('the release ships the office key', () => {
  const keysShipped = (out: string) => readdirSync(packedKeysDir(linuxContext(out))).sort()

  it('fails the build when the packed app would trust no key', async () => {
    const fuses = fakeFuses()
    await expect(afterPack(linuxContext(packedApp()), fuses.load, {})).rejects.toThrow(
      /would trust no update-signing key.*KIOSK_RELEASE_KEYS/,
    )
    expect(fuses.flips).toEqual([])
  })

  it('copies the keys KIOSK_RELEASE_KEYS names into resources/keys, where the kiosk reads them', async () => {
    const out = packedApp()
    const office = officeKey('office-2026.pub')
    const spare = officeKey('office-spare.pub')
    await afterPack(linuxContext(out), fakeFuses().load, {
      KIOSK_RELEASE_KEYS: [office, spare].join(delimiter),
    })
    expect(keysShipped(out)).toEqual(['office-2026.pub', 'office-spare.pub'])
    const shipped = readFileSync(join(packedKeysDir(linuxContext(out)), 'office-2026.pub'), 'utf8')
    expect(shipped).toBe(readFileSync(office, 'utf8'))
    expect(readPublicKey(shipped).ok).toBe(true)
    // The packed layout is the one the main process reads: <resourcesPath>/resources/keys.
    expect(packedKeysDir(linuxContext(out))).toBe(join(out, 'resources', 'resources', 'keys'))
  })

  it('refuses a named file that is missing, not a .pub, or not a public key', async () => {
    const junk = join(mkdtempSync(join(scratch, 'junk-')), 'office.pub')
    writeFileSync(junk, 'untrusted comment: not really\nAAAA\n')
    const secret = officeKey('office.key')
    for (const [file, message] of [
      [join(scratch, 'missing.pub'), /cannot read .*missing\.pub/],
      [secret, /office\.key is not a \.pub file/],
      [junk, /office\.pub is not a minisign public key/],
    ] as const) {
      await expect(
        afterPack(linuxContext(packedApp({ shippedKey: true })), fakeFuses().load, {
          KIOSK_RELEASE_KEYS: file,
        }),
      ).rejects.toThrow(message)
    }
  })
})
