import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContentSnapshot } from '../../common/api/kioskApi'
import { createContentFiles, type ContentFiles } from './contentFiles'
import { PNG, contentFixture, withMap } from './testing/contentFixture'
import { servedSlot } from './contentService'
import { loadActiveSlot } from './updates/slots'
import {
  contentFile,
  contentOf,
  installVersion,
  makeKiosk,
  type KioskEnv,
} from './updates/testing/packageFixtures'

let env: KioskEnv
let snapshot: ContentSnapshot
let slotFiles: Record<string, string> | undefined
const files = (previewFile?: string): ContentFiles =>
  createContentFiles({
    content: { served: async () => ({ snapshot, ...(slotFiles ? { slotFiles } : {}) }) },
    resourcesDir: env.resourcesDir,
    ...(previewFile ? { previewFile } : {}),
  })

beforeEach(async () => {
  env = await makeKiosk()
  await mkdir(join(env.resourcesDir, 'content', 'maps'), { recursive: true })
  await writeFile(join(env.resourcesDir, 'content', 'maps', 'station map.png'), PNG)
  await writeFile(join(env.resourcesDir, 'secret.txt'), 'not for visitors')
  await writeFile(join(env.resourcesDir, 'content', 'unlisted.png'), PNG)
  snapshot = {
    content: withMap(contentFixture(1), 'maps/station map.png'),
    source: 'factory',
    sha256: '0'.repeat(64),
  }
  slotFiles = undefined
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

describe('content files', () => {
  it('serves a map the factory content lists from resources/content', async () => {
    expect(await files().lookup('maps/station%20map.png')).toEqual({
      ok: true,
      path: join(env.resourcesDir, 'content', 'maps', 'station map.png'),
    })
  })

  it('refuses files the content does not list, and every way out of the folder', async () => {
    expect(await files().lookup('unlisted.png')).toMatchObject({ ok: false, status: 404 })
    for (const path of [
      '../secret.txt',
      '..%2Fsecret.txt',
      'maps/..%2F..%2Fsecret.txt',
      '%2Fetc%2Fpasswd',
      'a%00b',
      '%E0%A4%A',
    ]) {
      expect(await files().lookup(path), path).toMatchObject({ ok: false, status: 403 })
    }
    // Listed by the content itself is not enough to leave the content folder.
    snapshot = { ...snapshot, content: withMap(contentFixture(1), '../secret.txt') }
    expect(await files().lookup('..%2Fsecret.txt')).toMatchObject({ ok: false, status: 403 })
  })

  it('never follows a symlink, even to a listed name', async () => {
    await symlink(
      join(env.resourcesDir, 'secret.txt'),
      join(env.resourcesDir, 'content', 'link.png'),
    )
    snapshot = { ...snapshot, content: withMap(contentFixture(1), 'link.png') }
    expect(await files().lookup('link.png')).toMatchObject({ ok: false, status: 404 })
  })

  it("serves a previewed content's maps from the previewed file's folder", async () => {
    const folder = join(env.base, 'draft')
    await mkdir(join(folder, 'maps'), { recursive: true })
    await writeFile(join(folder, 'maps', 'station map.png'), PNG)
    snapshot = { ...snapshot, source: 'preview' }
    expect(await files(join(folder, 'content.json')).lookup('maps/station%20map.png')).toEqual({
      ok: true,
      path: join(folder, 'maps', 'station map.png'),
    })
  })

  it("serves an installed package's map from its verified slot, and only for that content", async () => {
    const content = withMap(contentOf(5), 'maps/area.png')
    const entry = contentFile(content)
    await installVersion(env, 5, {
      files: [entry, { name: 'maps/area.png', role: 'image', bytes: PNG }],
    })
    const slot = await loadActiveSlot(env.dataDir)
    if (!slot) throw new Error('no slot installed')
    ;({ snapshot, slotFiles } = servedSlot(slot))
    const found = await files().lookup('maps/area.png')
    expect(found).toEqual({ ok: true, path: slot.files['maps/area.png'] })

    // The file table travels with the content: content served without it has no slot files.
    slotFiles = undefined
    expect(await files().lookup('maps/area.png')).toMatchObject({ ok: false, status: 404 })
  })
})
