import { chmod, lstat, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createKioskServices } from './createKioskServices'
import { contentFixture } from './testing/contentFixture'

// Finding 10 of the 2026 review: the data folder was created with the umask default, so every
// local user could read the PIN hash. POSIX modes only; Windows keeps the profile's ACLs.
const posix = process.platform === 'win32' ? describe.skip : describe

let root: string
let dataDir: string
let resourcesDir: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'data-modes-'))
  dataDir = join(root, 'data')
  resourcesDir = join(root, 'resources')
  await mkdir(join(resourcesDir, 'content'), { recursive: true })
  await writeFile(join(resourcesDir, 'content', 'changchun.json'), JSON.stringify(contentFixture()))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Every regular file under `dir` with its permission bits. */
async function fileModes(dir: string): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  for (const entry of await readdir(dir, { recursive: true })) {
    const info = await lstat(join(dir, entry))
    if (info.isFile()) found.set(entry, info.mode & 0o777)
  }
  return found
}

const modeOf = async (path: string) => (await stat(path)).mode & 0o777

/** Starts the services, sets a PIN, counts a visit and changes a setting, then closes. */
async function useKiosk() {
  const services = await createKioskServices({ dataDir, resourcesDir, host: 'web', env: {} })
  expect(await services.admin.setFirstPin('482915')).toMatchObject({ ok: true })
  services.stats.record([{ kind: 'session' }])
  await services.stats.flush()
  await services.settings.update({ idleSeconds: 120 })
  await services.close()
}

posix('data folder permissions', () => {
  it('a fresh data folder is 0700 and every file in it 0600, whatever the umask', async () => {
    const before = process.umask(0o002)
    try {
      await useKiosk()
    } finally {
      process.umask(before)
    }
    expect((await modeOf(dataDir)).toString(8)).toBe('700')
    const modes = await fileModes(dataDir)
    expect([...modes.keys()]).toEqual(
      expect.arrayContaining([
        'settings.json',
        expect.stringMatching(/^admin[\\/]pin\.json$/),
        expect.stringMatching(/^stats[\\/]/),
      ]),
    )
    for (const [file, mode] of modes) expect(`${file} ${mode.toString(8)}`).toBe(`${file} 600`)
  })

  it('an existing data folder left world-readable by an older version is closed on start', async () => {
    await mkdir(dataDir, { mode: 0o755 })
    await chmod(dataDir, 0o755)
    await useKiosk()
    expect((await modeOf(dataDir)).toString(8)).toBe('700')
  })
})
