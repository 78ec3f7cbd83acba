import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildWebHost, webHostIsFresh } from '../../scripts/build.mjs'
import { findChromium, howToGetChromium } from '../../scripts/findChromium.mjs'
import { electronAvailability } from './electronBinary'

/**
 * Fails the run at once, with what to do, when the prerequisites are missing, instead of letting
 * every test time out on its own; says once why the electron project is skipped. Re-bundles the
 * browser host when its sources changed since the last build (a third of a second), so a run
 * started straight with `playwright test` never drives a stale host.
 */
export default async function globalSetup(): Promise<void> {
  if (!findChromium()) throw new Error(howToGetChromium())
  const index = resolve('dist/renderer/index.html')
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: build first (node scripts/build.mjs), or npm run e2e.`)
  }
  if (!webHostIsFresh()) await buildWebHost()
  const electron = electronAvailability()
  if (!electron.ok) console.log(`electron project: skipped — ${electron.reason}.`)
}
