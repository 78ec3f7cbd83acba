import type { BrowserContextOptions, Page } from '@playwright/test'
import { hostKey, launchElectron, test as base, waitForReady } from './fixtures'
import type { HostOptions } from './kioskHost'

/**
 * A kiosk page kept open across the tests of a worker, for many read-only checks of screens
 * (accessibility.spec.ts checks every screen in every language, one test each). Opening the
 * kiosk — renderer, fonts, content — costs more than checking a screen, so the page is opened
 * on first use and reused; Playwright's clock is installed, for the idle screens. A failed test
 * ends its worker, so the test after a failure always starts on a fresh page. Tests that change
 * the kiosk for good (an idle reset, settings) call `discard()` when done.
 */
export type SharedKiosk = {
  /** The worker's page showing the kiosk served with `options`; reopened when they change. */
  page(options?: HostOptions): Promise<Page>
  /** Closes the page: the next `page()` opens a fresh kiosk. */
  discard(): Promise<void>
}

type Opened = { key: string; page: Page; close(): Promise<void> }

/** The project's page settings (viewport, touch, locale…), for a context the worker makes. */
function contextOptions(use: BrowserContextOptions): BrowserContextOptions {
  const { viewport, locale, timezoneId, deviceScaleFactor, hasTouch, isMobile } = use
  return { viewport, locale, timezoneId, deviceScaleFactor, hasTouch, isMobile }
}

export const test = base.extend<object, { sharedKiosk: SharedKiosk }>({
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
})

export { expect } from './fixtures'
