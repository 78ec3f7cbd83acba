import { chmod, lstat, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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

const useKioskOnce = fileURLToPath(new URL('./testing/useKioskOnce.ts', import.meta.url))

/**
 * Starts the services in a child process under `umask` (worker threads cannot set one), sets a
 * PIN, counts a visit and changes a setting, then closes.
 */
function useKiosk(umask = '022') {
  const script = `umask ${umask} && exec "$0" --import tsx "$1" "$2" "$3"`
  const run = spawnSync(
    'sh',
    ['-c', script, process.execPath, useKioskOnce, dataDir, resourcesDir],
    {
      encoding: 'utf8',
    },
  )
  expect(run.status, run.stderr).toBe(0)
}

posix('data folder permissions', () => {
  it('a fresh data folder is 0700 and every file in it 0600, whatever the umask', async () => {
    useKiosk('002')
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
    useKiosk()
    expect((await modeOf(dataDir)).toString(8)).toBe('700')
  })
})
