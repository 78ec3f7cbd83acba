import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  test as base,
  expect,
  _electron,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { ELECTRON_MAIN, electronAvailability } from './electronBinary'
import { startKioskHost, type HostOptions, type KioskHost } from './kioskHost'

export type Shell = 'web' | 'electron'

type WorkerFixtures = {
  /** Which host the project drives: the browser host in Chromium, or the real Electron shell. */
  shell: Shell
  kioskNow: HostOptions['kioskNow']
  contentFile: HostOptions['contentFile']
  /** One browser host per worker and host option set, on a free port with a fresh data folder. */
  kioskHost: KioskHost | undefined
}

export type Kiosk = {
  page: Page
  shell: Shell
  /** The Electron application, when the project drives the real shell. */
  electronApp: ElectronApplication | undefined
  /**
   * Shows the kiosk from a fresh start and waits until the app says it is ready. With
   * `fakeClock`, Playwright's clock is installed first, so idle timers can be fast-forwarded.
   */
  open(options?: { fakeClock?: boolean }): Promise<void>
}

type TestFixtures = { kiosk: Kiosk }

/** Waits for the renderer's own "content loaded" signal (body[data-ready="true"]). */
export async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
}

async function launchElectron(
  options: HostOptions,
): Promise<{ app: ElectronApplication; cleanup(): void }> {
  const availability = electronAvailability()
  if (!availability.ok) throw new Error(availability.reason)
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-electron-'))
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  delete env.KIOSK_NOW
  if (options.kioskNow) env.KIOSK_NOW = options.kioskNow
  const args = [ELECTRON_MAIN, '--data-dir', dataDir]
  if (options.contentFile) args.push('--content', options.contentFile)
  const app = await _electron.launch({ executablePath: availability.binary, args, env })
  return { app, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  shell: ['web', { scope: 'worker', option: true }],
  kioskNow: [undefined, { scope: 'worker', option: true }],
  contentFile: [undefined, { scope: 'worker', option: true }],
  kioskHost: [
    async ({ shell, kioskNow, contentFile }, use) => {
      if (shell === 'electron') {
        await use(undefined)
        return
      }
      const host = await startKioskHost({ kioskNow, contentFile })
      await use(host)
      await host.stop()
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  kiosk: async ({ shell, kioskHost, kioskNow, contentFile, page }, use, testInfo) => {
    if (shell === 'electron') {
      const availability = electronAvailability()
      testInfo.skip(!availability.ok, availability.ok ? '' : availability.reason)
      const { app, cleanup } = await launchElectron({ kioskNow, contentFile })
      const window = await app.firstWindow()
      await use({
        page: window,
        shell,
        electronApp: app,
        open: async (options) => {
          if (options?.fakeClock) await window.clock.install()
          await window.reload()
          await waitForReady(window)
        },
      })
      await app.close()
      cleanup()
      return
    }
    if (!kioskHost) throw new Error('the browser host did not start')
    await use({
      page,
      shell,
      electronApp: undefined,
      open: async (options) => {
        if (options?.fakeClock) await page.clock.install()
        await page.goto(kioskHost.url)
        await waitForReady(page)
      },
    })
  },
})

export { expect }
