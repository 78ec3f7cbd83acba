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

/** POSTs `body` as JSON to `path` on `host`, as the renderer's client does. */
export function postJson(
  host: WebHost,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(new URL(path, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}
