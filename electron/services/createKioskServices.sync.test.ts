import { cp, mkdir, readdir, rename, rm, truncate } from 'node:fs/promises'
import { renameSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../common/api/kioskApi'
import { MANIFEST_NAME, PACKAGE_FOLDER, SIGNATURE_NAME } from '../../common/update/manifest'
import type { LocalKioskServices } from './createKioskServices'
import { makeKioskWithFactoryContent, openKioskServices } from './testing/kioskFixture'
import { buildPackage, type KioskEnv } from './updates/testing/packageFixtures'

/** Installs the package staff would have reviewed: the one the status shows now. */
async function installReviewed(s: LocalKioskServices) {
  const status = await s.updates.status()
  if (status.state !== 'ready') throw new Error(`no package ready: ${status.state}`)
  return s.updates.install(PIN, {
    includeStats: false,
    manifestSha256: status.preview.manifestSha256,
  })
}

// A fleet's connected kiosks take packages from a folder a sync engine (e.g. Syncthing) fills.
// Such engines write each file under a temporary name and rename it, in no particular order
// across files, and may replace a package while a kiosk is reading it. These tests play that
// out on a real watched folder and check the kiosk ends with the complete, newest package.

const PIN = '135790'
let env: KioskEnv
let services: LocalKioskServices | undefined
let notices: HostNotice[]
let share: string

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  share = join(env.base, 'share')
  await mkdir(share)
  notices = []
})
afterEach(async () => {
  await services?.close()
  services = undefined
  await rm(env.base, { recursive: true, force: true })
})

async function open(): Promise<LocalKioskServices> {
  services = await openKioskServices(env, { watchFolders: [share] })
  services.onNotice((n) => notices.push(n))
  await services.admin.setFirstPin(PIN)
  return services
}

/** A complete signed package for `version`, built outside the shared folder. */
async function staged(version: number): Promise<string> {
  const { root } = await buildPackage(env, `staging-${version}`, version)
  return root
}

/** Copies one file of a package the way a sync engine does: temporary name, then rename. */
async function syncFile(from: string, to: string, relative: string): Promise<void> {
  const target = join(to, relative)
  await mkdir(join(target, '..'), { recursive: true })
  const temp = join(target, '..', `.syncthing.${relative.split('/').pop()}.tmp`)
  await cp(join(from, relative), temp)
  await rename(temp, target)
}

const contentVersion = async (s: LocalKioskServices) =>
  (await s.content.get()).content.dataset.contentVersion

describe('a watched folder filled by a sync engine', () => {
  it('ignores files under temporary names and takes the package once it is renamed into place', async () => {
    const s = await open()
    const source = await staged(4)
    const pkg = join(share, PACKAGE_FOLDER)
    await mkdir(pkg)
    await cp(join(source, MANIFEST_NAME), join(pkg, `.syncthing.${MANIFEST_NAME}.tmp`))
    expect((await s.updates.checkNow()).state).toBe('idle')
    expect(await readdir(pkg)).not.toContain('results')

    await rm(pkg, { recursive: true })
    await cp(source, join(share, '.syncthing.KIOSK-UPDATE.tmp'), { recursive: true })
    await rename(join(share, '.syncthing.KIOSK-UPDATE.tmp'), pkg)
    expect((await s.updates.checkNow()).state).toBe('ready')
    expect(await installReviewed(s)).toMatchObject({ ok: true })
    expect(await contentVersion(s)).toBe(4)
  })

  it('refuses a package whose files are still arriving, and takes it once they are all there', async () => {
    const s = await open()
    const source = await staged(5)
    const pkg = join(share, PACKAGE_FOLDER)
    // Manifest and signature first; the files they list come later.
    await syncFile(source, pkg, MANIFEST_NAME)
    await syncFile(source, pkg, SIGNATURE_NAME)
    expect((await s.updates.checkNow()).state).toBe('refused')

    const files = await readdir(join(source, 'files'))
    const [first, ...rest] = files
    // One file half written (a sync engine that writes in place, or a copy cut short).
    await syncFile(source, pkg, `files/${first}`)
    await truncate(join(pkg, 'files', first!), 10)
    expect((await s.updates.checkNow()).state).toBe('refused')

    await syncFile(source, pkg, `files/${first}`)
    for (const name of rest) await syncFile(source, pkg, `files/${name}`)
    expect((await s.updates.checkNow()).state).toBe('ready')
    expect(await installReviewed(s)).toMatchObject({ ok: true })
    expect(await contentVersion(s)).toBe(5)
  })

  it('ends with the newer package when one is replaced while the kiosk reads it', async () => {
    const s = await open()
    const older = await staged(6)
    const newer = await staged(7)
    const pkg = join(share, PACKAGE_FOLDER)
    await cp(older, pkg, { recursive: true })
    let replaced = false
    services!.onNotice((n) => {
      // While the first file is being read, the sync engine swaps in the newer package.
      if (replaced || n.kind !== 'update-status' || n.status.state !== 'checking') return
      if (n.status.bytesRead === 0) return
      replaced = true
      renameSync(pkg, join(share, '.old.tmp'))
      renameSync(newer, pkg)
    })
    const first = await s.updates.checkNow()
    expect(replaced).toBe(true)
    // Whatever the first look concluded, it never mixes the two packages…
    if (first.state === 'ready') expect(first.preview.contentVersion).toBe(6)
    else expect(first.state).toBe('refused')

    // …and the next look sees the replacement and offers the newer package.
    const second = await s.updates.checkNow()
    expect(second).toMatchObject({ state: 'ready', preview: { contentVersion: 7 } })
    expect(await installReviewed(s)).toMatchObject({ ok: true })
    expect(await contentVersion(s)).toBe(7)
  })
})
