import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  test as base,
  expect,
  _electron,
  type BrowserContextOptions,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { ELECTRON_MAIN, electronAvailability } from './electronBinary'
import { startKioskHost, type HostOptions, type KioskHost } from './kioskHost'

export type Shell = 'web' | 'electron'

type WorkerFixtures = {
  /** Which host the project drives: the browser host in Chromium, or the real Electron shell. */
  shell: Shell
  /** This worker's running browser hosts, one per host option set (see HostPool). */
  hostPool: HostPool
  /** A kiosk page kept open across the worker's tests, for read-only checks of screens. */
  sharedKiosk: SharedKiosk
}

/**
 * A kiosk page kept open across the tests of a worker, for many read-only checks of screens
 * (accessibility.spec.ts checks every screen in every language, one test each). Opening the
 * kiosk — renderer, fonts, content — costs more than checking a screen, so the page is opened
 * on first use and reused; Playwright's clock is installed, for the idle screens. A failed test
 * ends its worker, so the test after a failure always starts on a fresh page. Tests that change
 * the kiosk for good (an idle reset, settings) call `discard()` when done. It is a fixture of
 * the one `test` every spec uses: a spec with a test of its own would need workers (a browser
 * and hosts) of its own too, started anew each time the run reaches it.
 */
export type SharedKiosk = {
  /** The worker's page showing the kiosk served with `options`; reopened when they change. */
  page(options?: HostOptions): Promise<Page>
  /** Closes the page: the next `page()` opens a fresh kiosk. */
  discard(): Promise<void>
}

type TestOptions = {
  /** The host's clock (`KIOSK_NOW`) for the tests that use `kiosk`; undefined = the real clock. */
  kioskNow: HostOptions['kioskNow']
  /** A content file the host serves instead of the bundled content. */
  contentFile: HostOptions['contentFile']
}

export type HostPool = { get(options: HostOptions): Promise<KioskHost> }

/**
 * Which pooled host serves `options`: every option tells hosts apart, so a caller asking for
 * another data folder, watched folder or first-PIN choice never silently shares a host. Shared
 * with the sharedKiosk fixture, whose open page must change exactly when the pool's host does.
 */
export const hostKey = (options: HostOptions): string =>
  JSON.stringify([
    options.kioskNow ?? null,
    options.contentFile ?? null,
    options.dataDir ?? null,
    options.watch ?? [],
    options.firstPinOnScreen ?? false,
    options.testFaults ?? false,
  ])

/**
 * How many browser hosts a worker keeps running at once. Specs ask for a handful of option sets
 * (bundled content, the places fixture at the campaign date, a festival day…); a worker that
 * meets a new set starts one more host and, past this many, stops the one used least recently.
 */
const HOSTS_PER_WORKER = 4

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

type TestFixtures = {
  /** The worker's browser host for this test's `kioskNow` and `contentFile` (web shell only). */
  kioskHost: KioskHost | undefined
  kiosk: Kiosk
}

/** The tag of the tests that run in the landscape project too (see LAYOUT). */
export const LAYOUT_TAG = '@layout'

/**
 * Details for a test that checks how screens are laid out — axe, touch-target and text sizes,
 * screenshots, moves between controls by their position — so it runs in both orientations:
 * `test('…', LAYOUT, async ({ kiosk }) => …)`. Untagged tests prove behaviour, which does not
 * depend on the screen's shape, once (in portrait). See docs/testing.md.
 */
export const LAYOUT = { tag: LAYOUT_TAG }

/**
 * Waits for the renderer's own "content loaded" signals: home up (body[data-ready="true"]) and
 * the content's directory in after it (body[data-directory="in"]), as before a visitor's first
 * tap. The moment between the two is its own test (accessibility.spec.ts).
 */
export async function waitForReady(page: Page): Promise<void> {
  const body = page.locator('body')
  await expect(body).toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
  await expect(body).toHaveAttribute('data-directory', 'in', { timeout: 30_000 })
}

/** Starts the real shell on a fresh data folder; `cleanup` removes the folder after closing. */
export async function launchElectron(
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

/**
 * The hosts of one worker, started on first use and kept for the worker's life: tests with the
 * same options share one host (and its data folder), and a spec with new options costs one host
 * start (about a second), not a new worker and browser, as a worker-scoped option would.
 */
function startHostPool(): HostPool & { stopAll(): Promise<void> } {
  const hosts = new Map<string, Promise<KioskHost>>()
  return {
    get(options) {
      const key = hostKey(options)
      let host = hosts.get(key)
      if (host) {
        hosts.delete(key) // re-inserted below: the Map's order is the order of last use
      } else {
        host = startKioskHost(options)
        // A host that failed to start is not kept: the next test tries again.
        host.catch(() => hosts.delete(key))
      }
      hosts.set(key, host)
      const oldest = hosts.size > HOSTS_PER_WORKER ? [...hosts.keys()][0] : undefined
      if (oldest !== undefined) {
        void hosts
          .get(oldest)
          ?.then((h) => h.stop())
          .catch(() => undefined)
        hosts.delete(oldest)
      }
      return host
    },
    async stopAll() {
      const running = [...hosts.values()]
      hosts.clear()
      await Promise.all(running.map((h) => h.then((host) => host.stop()).catch(() => undefined)))
    },
  }
}

/** The project's page settings (viewport, touch, locale…), for a context the worker makes. */
function contextOptions(use: BrowserContextOptions): BrowserContextOptions {
  const { viewport, locale, timezoneId, deviceScaleFactor, hasTouch, isMobile } = use
  return { viewport, locale, timezoneId, deviceScaleFactor, hasTouch, isMobile }
}

type Opened = { key: string; page: Page; close(): Promise<void> }

export const test = base.extend<TestFixtures & TestOptions, WorkerFixtures>({
  shell: ['web', { scope: 'worker', option: true }],
  kioskNow: [undefined, { option: true }],
  contentFile: [undefined, { option: true }],
  hostPool: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pool = startHostPool()
      await use(pool)
      await pool.stopAll()
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  sharedKiosk: [
    async ({ shell, browser, hostPool }, use, workerInfo) => {
      let current: Opened | undefined
      const discard = async () => {
        const opened = current
        current = undefined
        await opened?.close()
      }
      const open = async (options: HostOptions): Promise<Omit<Opened, 'key'>> => {
        if (shell === 'electron') {
          const { app, cleanup } = await launchElectron(options)
          const page = await app.firstWindow()
          await page.clock.install()
          await page.reload()
          await waitForReady(page)
          return { page, close: () => app.close().finally(cleanup) }
        }
        const host = await hostPool.get(options)
        const context = await browser.newContext(contextOptions(workerInfo.project.use))
        const page = await context.newPage()
        await page.clock.install()
        await page.goto(host.url)
        await waitForReady(page)
        return { page, close: () => context.close() }
      }
      await use({
        async page(options = {}) {
          const key = hostKey(options)
          if (current?.key !== key) {
            await discard()
            current = { key, ...(await open(options)) }
          }
          return current.page
        },
        discard,
      })
      await discard()
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  kioskHost: async ({ shell, hostPool, kioskNow, contentFile }, use) => {
    await use(shell === 'electron' ? undefined : await hostPool.get({ kioskNow, contentFile }))
  },
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
