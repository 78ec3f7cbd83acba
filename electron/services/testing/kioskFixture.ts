import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createKioskServices, type LocalKioskServices } from '../createKioskServices'
import type { KioskServicesOptions } from '../kioskServices'
import { silentLogger } from '../logger/logger'
import { makeKiosk, type KioskEnv } from '../updates/testing/packageFixtures'
import { contentFixture } from './contentFixture'

/** A kiosk with a signing key, an empty data folder and factory content version 1. */
export async function makeKioskWithFactoryContent(): Promise<KioskEnv> {
  const env = await makeKiosk()
  await mkdir(join(env.resourcesDir, 'content'), { recursive: true })
  await writeFile(
    join(env.resourcesDir, 'content', 'changchun.json'),
    JSON.stringify(contentFixture(1)),
  )
  return env
}

/**
 * The real services over `env`, watching `<base>/stick` for packages and no drives; the first
 * PIN may be set on screen (as an installer may choose), so tests can sign in.
 */
export function openKioskServices(
  env: KioskEnv,
  extra: Partial<KioskServicesOptions> = {},
): Promise<LocalKioskServices> {
  return createKioskServices({
    dataDir: env.dataDir,
    resourcesDir: env.resourcesDir,
    host: 'web',
    env: { KIOSK_FIRST_PIN_ON_SCREEN: '1' },
    log: silentLogger,
    watchFolders: [join(env.base, 'stick')],
    driveRoots: async () => [],
    ...extra,
  })
}
