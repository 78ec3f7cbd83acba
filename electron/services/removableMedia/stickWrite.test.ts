import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile, lstat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StickLinkError, ensureStickFolder, writeStickFile } from './stickWrite'

// Symlinks need no privilege on Linux and macOS; Windows runs skip the link cases.
const links = process.platform === 'win32' ? it.skip : it

let base: string
let stick: string
let victimDir: string
let victim: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'stick-write-'))
  stick = join(base, 'stick')
  victimDir = join(base, 'data', 'admin')
  victim = join(victimDir, 'pin.json')
  await mkdir(stick)
  await mkdir(victimDir, { recursive: true })
  await writeFile(victim, '{"pin":"kept"}')
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

const victimIntact = async () => {
  expect(await readFile(victim, 'utf8')).toBe('{"pin":"kept"}')
  expect(await readdir(victimDir)).toEqual(['pin.json'])
}

describe('writing to a stick', () => {
  it('creates the folders and the file, and replaces an older file of the same name', async () => {
    const file = await writeStickFile(stick, 'A/B/out.json', 'one', { mode: 'replace' })
    expect(await readFile(file, 'utf8')).toBe('one')
    await writeStickFile(stick, 'A/B/out.json', 'two', { mode: 'replace' })
    expect(await readFile(join(stick, 'A', 'B', 'out.json'), 'utf8')).toBe('two')
    expect(await readdir(join(stick, 'A', 'B'))).toEqual(['out.json'])
  })

  it('a new file never replaces an existing one', async () => {
    await writeStickFile(stick, 'R/x.json', 'one', { mode: 'new' })
    await expect(writeStickFile(stick, 'R/x.json', 'two', { mode: 'new' })).rejects.toThrow(
      /EEXIST/,
    )
  })

  it('refuses paths that leave the stick', async () => {
    await expect(
      writeStickFile(stick, '../data/admin/pin.json', 'x', { mode: 'new' }),
    ).rejects.toThrow(/not a path under the stick/)
    await expect(ensureStickFolder(stick, '')).rejects.toThrow(/not a path under the stick/)
    await victimIntact()
  })

  links('refuses a first-level folder that is a link to a folder elsewhere', async () => {
    await symlink(victimDir, join(stick, 'KIOSK-STATS'))
    for (const mode of ['new', 'replace'] as const) {
      await expect(
        writeStickFile(stick, 'KIOSK-STATS/pin.json', 'owned', { mode }),
      ).rejects.toBeInstanceOf(StickLinkError)
    }
    await victimIntact()
  })

  links('refuses a link at a deeper level too', async () => {
    await mkdir(join(stick, 'KIOSK-UPDATE'))
    await symlink(victimDir, join(stick, 'KIOSK-UPDATE', 'results'))
    await expect(
      writeStickFile(stick, 'KIOSK-UPDATE/results/r.json', 'owned', { mode: 'new' }),
    ).rejects.toBeInstanceOf(StickLinkError)
    await victimIntact()
  })

  links('refuses a dangling link where a folder should be created', async () => {
    const target = join(base, 'data', 'made-by-stick')
    await symlink(target, join(stick, 'KIOSK-DIAGNOSTICS'))
    await expect(
      writeStickFile(stick, 'KIOSK-DIAGNOSTICS/d.json', 'x', { mode: 'new' }),
    ).rejects.toBeInstanceOf(StickLinkError)
    await expect(lstat(target)).rejects.toThrow(/ENOENT/)
  })

  links('refuses a file where a folder should be', async () => {
    await writeFile(join(stick, 'KIOSK-STATS'), 'not a folder')
    await expect(
      writeStickFile(stick, 'KIOSK-STATS/x.csv', 'x', { mode: 'replace' }),
    ).rejects.toBeInstanceOf(StickLinkError)
  })

  links('a new file never writes through a link of the same name, dangling or not', async () => {
    await mkdir(join(stick, 'R'))
    await symlink(victim, join(stick, 'R', 'x.json'))
    await symlink(join(victimDir, 'new.json'), join(stick, 'R', 'y.json'))
    await expect(writeStickFile(stick, 'R/x.json', 'owned', { mode: 'new' })).rejects.toThrow()
    await expect(writeStickFile(stick, 'R/y.json', 'owned', { mode: 'new' })).rejects.toThrow()
    await victimIntact()
  })

  links('a replaced file replaces a link of that name instead of writing through it', async () => {
    await mkdir(join(stick, 'KIOSK-STATS'))
    const name = join(stick, 'KIOSK-STATS', 'k-2026-11-28.csv')
    await symlink(victim, name)
    // The old writer's temp name, planted as a link: it must not be used either.
    await symlink(victim, `${name}.tmp`)
    await writeStickFile(stick, 'KIOSK-STATS/k-2026-11-28.csv', 'counts', { mode: 'replace' })
    expect((await lstat(name)).isSymbolicLink()).toBe(false)
    expect(await readFile(name, 'utf8')).toBe('counts')
    await victimIntact()
  })
})
