import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as CheckModule from '../../common/content/check'
import type { LocalKioskServices } from './createKioskServices'
import { PNG, withMap } from './testing/contentFixture'
import { makeKioskWithFactoryContent, openKioskServices } from './testing/kioskFixture'
import {
  buildPackage,
  contentFile,
  contentOf,
  installVersion,
  type KioskEnv,
} from './updates/testing/packageFixtures'

// Every content validation in the services goes through common/content/check; count the calls.
const validator = vi.hoisted(() => ({ calls: 0 }))
vi.mock('../../common/content/check', async (importOriginal) => {
  const actual = await importOriginal<typeof CheckModule>()
  return {
    ...actual,
    checkContent: (raw: unknown) => {
      validator.calls += 1
      return actual.checkContent(raw)
    },
    checkContentText: (text: string, file: string) => {
      validator.calls += 1
      return actual.checkContentText(text, file)
    },
  }
})

const PIN = '135792'
let env: KioskEnv
let services: LocalKioskServices | undefined

/** A package whose content shows a map, with the map file in the package. */
const withMapFiles = (version: number) => ({
  files: [
    contentFile(withMap(contentOf(version), 'maps/area.png')),
    { name: 'maps/area.png', role: 'image' as const, bytes: PNG },
  ],
})

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
})
afterEach(async () => {
  await services?.close()
  services = undefined
  await rm(env.base, { recursive: true, force: true })
})

const start = async () => (services = await openKioskServices(env))

describe('content validations', () => {
  it('a start with an installed update validates its content exactly once', async () => {
    await installVersion(env, 5, withMapFiles(5))
    validator.calls = 0
    const kiosk = await start()
    expect((await kiosk.content.get()).content.dataset.contentVersion).toBe(5)
    // The first map request is served from the slot's file table: nothing parsed or hashed.
    expect(await kiosk.contentFiles?.lookup('maps/area.png')).toMatchObject({ ok: true })
    await kiosk.content.get()
    expect(validator.calls).toBe(1)
  })

  it('an install validates the new content exactly once, from stick to screen', async () => {
    const kiosk = await start()
    await kiosk.admin.setFirstPin(PIN)
    await buildPackage(env, 'stick', 6, withMapFiles(6))
    validator.calls = 0
    const found = await kiosk.updates.checkNow()
    if (found.state !== 'ready') throw new Error(`no package ready: ${found.state}`)
    const reviewed = { includeStats: false, manifestSha256: found.preview.manifestSha256 }
    expect(await kiosk.updates.install(PIN, reviewed)).toMatchObject({ ok: true })
    expect((await kiosk.content.get()).content.dataset.contentVersion).toBe(6)
    expect(await kiosk.contentFiles?.lookup('maps/area.png')).toMatchObject({ ok: true })
    expect(validator.calls).toBe(1)
  })
})
