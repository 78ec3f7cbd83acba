import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createKioskServices, type LocalKioskServices } from '../../services/createKioskServices'
import { silentLogger } from '../../services/logger/logger'
import { findAppRoot } from '../../services/paths'
import type { WebHost } from '../server'

/**
 * The real services over the bundled resources, with a fresh data folder in `dir`, as an installer
 * who chose the on-screen first PIN starts them. `env` adds to that environment.
 */
export function openBundledServices(
  dir: string,
  env: Record<string, string> = {},
): Promise<LocalKioskServices> {
  return createKioskServices({
    dataDir: join(dir, 'data'),
    resourcesDir: join(findAppRoot() ?? process.cwd(), 'resources'),
    host: 'web',
    env: { KIOSK_FIRST_PIN_ON_SCREEN: '1', ...env },
    log: silentLogger,
  })
}

/** Stops `host`, then its services, and removes the folder they used. */
export async function closeWebHost(
  host: WebHost,
  services: LocalKioskServices,
  dir: string,
): Promise<void> {
  await host.close()
  await services.close()
  await rm(dir, { recursive: true, force: true })
}

/**
 * POSTs a body as JSON to a path on the host `current()` returns (the one the running test
 * started), as the renderer's client does.
 */
export const jsonPoster =
  (current: () => WebHost) =>
  (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(path, current().url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
