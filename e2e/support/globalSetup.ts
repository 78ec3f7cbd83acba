import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { findChromium, howToGetChromium } from '../../scripts/findChromium.mjs'
import { electronAvailability } from './electronBinary'

/**
 * Fails the run at once, with what to do, when the prerequisites are missing, instead of letting
 * every test time out on its own; says once why the electron project is skipped.
 */
export default function globalSetup(): void {
  if (!findChromium()) throw new Error(howToGetChromium())
  const index = resolve('dist/renderer/index.html')
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: build first (node scripts/build.mjs), or npm run e2e.`)
  }
  const electron = electronAvailability()
  if (!electron.ok) console.log(`electron project: skipped — ${electron.reason}.`)
}
