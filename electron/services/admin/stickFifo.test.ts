import { execFileSync } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CONFIG_FOLDER,
  CONFIG_NAME,
  CONFIG_SIGNATURE_NAME,
} from '../../../common/admin/configPackage'
import { makeKioskWithFactoryContent, openKioskServices } from '../testing/kioskFixture'
import type { KioskEnv } from '../updates/testing/packageFixtures'

/**
 * Finding 5 of issue 23: a FIFO on a stick (ext4 keeps them) named like a package file. Opened
 * without O_NONBLOCK it blocked a libuv thread until a writer came, before fstat could refuse it;
 * four of them stalled every file read of the kiosk. `provision` is asked from the screen of a
 * kiosk without a PIN, so anyone at the kiosk could set that off with a stick.
 */
const fifoIt = process.platform === 'win32' ? it.skip : it
let env: KioskEnv
let stick: string
beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  stick = join(env.base, 'stick')
  await mkdir(join(stick, CONFIG_FOLDER), { recursive: true })
})
afterEach(async () => {
  await rm(env.base, { recursive: true, force: true })
})

/** Fails the test instead of hanging it when `work` does not answer. */
const within = <T>(ms: number, work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])

describe('a FIFO on a provisioning stick', () => {
  fifoIt.each([CONFIG_NAME, CONFIG_SIGNATURE_NAME])(
    '%s as a FIFO with no writer is refused at once, and the kiosk keeps reading files',
    async (name) => {
      const folder = join(stick, CONFIG_FOLDER)
      if (name === CONFIG_SIGNATURE_NAME) await writeFile(join(folder, CONFIG_NAME), '{}')
      execFileSync('mkfifo', [join(folder, name)])
      const services = await openKioskServices(env, { env: {} })
      try {
        await services.settings.update({ updates: { watchFolders: [stick] } })
        // More asks than libuv has threads (4): each would have held one for good.
        const answers = await within(
          5000,
          Promise.all(Array.from({ length: 6 }, () => services.admin.provision())),
        )
        for (const answer of answers) {
          expect(answer).toMatchObject({ ok: false })
          expect(answer.ok ? '' : answer.reason).toContain(`${name} is not a regular file`)
        }
        // An unrelated file read still completes.
        const own = await within(
          2000,
          readFile(join(env.resourcesDir, 'content', 'changchun.json')),
        )
        expect(own.length).toBeGreaterThan(0)
        expect(await services.admin.status()).toMatchObject({ pinSet: false, firstPin: 'package' })
      } finally {
        await services.close()
      }
    },
  )
})
