import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  createSourceWatcher,
  isMountPoint,
  removableDriveRoots,
  type FoundPackage,
  type MountCheck,
} from './sourceWatcher'

let base: string
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'watch-'))
})

/** Temp folders share one device, so a test names the folders that stand for mounted sticks. */
const mountsAt =
  (...names: string[]): MountCheck =>
  async (dir) =>
    names.some((n) => dir === join(base, n))

async function stick(path: string, manifest = '{}') {
  await mkdir(join(path, 'KIOSK-UPDATE'), { recursive: true })
  await writeFile(join(path, 'KIOSK-UPDATE', 'manifest.json'), manifest)
}

describe('removable drive roots', () => {
  it('lists Linux mounts under /media/<user>/*, /media/* and /run/media/<user>/*, skipping links', async () => {
    await mkdir(join(base, 'media', 'kiosk', 'STICK'), { recursive: true })
    await mkdir(join(base, 'media', 'LABEL'), { recursive: true })
    await mkdir(join(base, 'run', 'media', 'kiosk', 'USB'), { recursive: true })
    await symlink(join(base, 'run'), join(base, 'media', 'kiosk', 'LINKED'))
    const mounts = mountsAt('media/kiosk/STICK', 'media/LABEL', 'run/media/kiosk/USB')
    const roots = await removableDriveRoots('linux', base, mounts)()
    expect(roots.sort()).toEqual(
      [
        join(base, 'media', 'kiosk', 'STICK'),
        join(base, 'media', 'LABEL'),
        join(base, 'run', 'media', 'kiosk', 'USB'),
      ].sort(),
    )
  })

  it("takes a /media/<label> stick's top-level folders for its content, not for more sticks (issue 23, finding 11)", async () => {
    await mkdir(join(base, 'media', 'STICK', 'KIOSK-STATS'), { recursive: true })
    await mkdir(join(base, 'media', 'STICK', 'photos'), { recursive: true })
    const roots = await removableDriveRoots('linux', base, mountsAt('media/STICK'))()
    expect(roots).toEqual([join(base, 'media', 'STICK')])
  })

  it('tells a mount point by its device: /proc is one, a plain folder is not', async () => {
    await mkdir(join(base, 'media', 'kiosk'), { recursive: true })
    expect(await isMountPoint('/proc', '/')).toBe(true)
    expect(await isMountPoint(join(base, 'media', 'kiosk'), join(base, 'media'))).toBe(false)
    expect(await isMountPoint(join(base, 'absent'), base)).toBe(false)
  })

  it('lists macOS volumes, skipping the boot volume link', async () => {
    await mkdir(join(base, 'Volumes', 'STICK'), { recursive: true })
    await symlink('/', join(base, 'Volumes', 'Macintosh HD'))
    expect(await removableDriveRoots('darwin', base)()).toEqual([join(base, 'Volumes', 'STICK')])
  })

  it('finds nothing (and does not fail) when no mount folders exist', async () => {
    expect(await removableDriveRoots('linux', join(base, 'absent'))()).toEqual([])
  })
})

describe('source watcher', () => {
  it('reports a package once, again when replaced, and gone when the drive disappears', async () => {
    const found: FoundPackage[] = []
    const gone: FoundPackage[] = []
    const drive = join(base, 'media', 'STICK')
    const share = join(base, 'share')
    const watcher = createSourceWatcher({
      driveRoots: removableDriveRoots('linux', base, mountsAt('media/STICK')),
      folders: () => [share],
      onFound: (p) => found.push(p),
      onGone: (p) => gone.push(p),
    })
    await watcher.poll()
    expect(found).toEqual([])
    await stick(drive)
    await stick(share)
    await watcher.poll()
    await watcher.poll()
    expect(found.map((p) => p.source).sort()).toEqual([drive, share].sort())
    await writeFile(join(drive, 'KIOSK-UPDATE', 'manifest.json'), '{"replaced": true}')
    await watcher.poll()
    expect(found.map((p) => p.source)).toHaveLength(3)
    await rm(drive, { recursive: true })
    await watcher.poll()
    expect(gone.map((p) => p.root)).toEqual([join(drive, 'KIOSK-UPDATE')])
  })
})

describe('source watcher and a folder a sync engine fills', () => {
  it('reports the package again when a file under files/ arrives or grows, not on receipts', async () => {
    const found: FoundPackage[] = []
    const share = join(base, 'share')
    const watcher = createSourceWatcher({
      driveRoots: async () => [],
      folders: () => [share],
      onFound: (p) => found.push(p),
    })
    await stick(share)
    await watcher.poll()
    await mkdir(join(share, 'KIOSK-UPDATE', 'files'))
    await writeFile(join(share, 'KIOSK-UPDATE', 'files', 'a.json'), '{')
    await watcher.poll()
    await writeFile(join(share, 'KIOSK-UPDATE', 'files', 'a.json'), '{"complete": true}')
    await watcher.poll()
    await mkdir(join(share, 'KIOSK-UPDATE', 'results'))
    await writeFile(join(share, 'KIOSK-UPDATE', 'results', 'kiosk-1.json'), '{}')
    await watcher.poll()
    expect(found).toHaveLength(3)
  })
})
