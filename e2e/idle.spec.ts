import type { Page } from '@playwright/test'
import { defaultSettings } from '../common/settings/schema'
import { HomePage } from './pages/HomePage'
import { IdlePrompt } from './pages/IdlePrompt'
import { KioskApp } from './pages/KioskApp'
import { loadContent } from './support/content'
import { installFakeSpeech } from './support/fakeSpeech'
import { expect, test } from './support/fixtures'
import { CAMPAIGN_NOW, PLACES_CONTENT } from './support/tour'

// Issue 4: touch, keys and scrolling count as activity. Playwright's clock drives the app's own
// timers; each check is positive (the prompt is showing with its full countdown), which would
// be the attract screen instead if any activity had been ignored.
test.use({ contentFile: PLACES_CONTENT, kioskNow: CAMPAIGN_NOW })
const settings = defaultSettings()
const idleMs = settings.idleSeconds * 1000
const BEFORE_IDLE_MS = idleMs - 5_000

/**
 * Runs `act` and waits until the page has received the `type` event it causes. Input reaches
 * the page asynchronously (a wheel event especially); the fake clock must not run on before the
 * app has seen it. This listener is added after the app's, so when it fires the app's has run.
 */
async function actAndConfirm(page: Page, type: string, act: () => Promise<void>) {
  const attribute = `data-e2e-seen-${type}`
  await page.evaluate(
    ([eventType, name]) => {
      document.body.removeAttribute(name)
      const mark = () => document.body.setAttribute(name, 'yes')
      window.addEventListener(eventType, mark, { capture: true, once: true })
    },
    [type, attribute] as const,
  )
  await act()
  await expect(page.locator('body')).toHaveAttribute(attribute, 'yes')
}

test('a touch, a key and a scroll each restart the idle wait', async ({ kiosk }) => {
  // The key turns audio mode on; its reading is finished at once, so only the key counts here
  // (a reading in progress counts too: audioIdle.spec.ts).
  await installFakeSpeech(kiosk.page, [{ lang: 'zh-CN', name: 'Fake Mandarin' }])
  await kiosk.open({ fakeClock: true })
  const app = new KioskApp(kiosk.page, loadContent(PLACES_CONTENT))
  const home = await new HomePage(app).shown()
  const prompt = new IdlePrompt(app)

  await kiosk.page.clock.runFor(BEFORE_IDLE_MS)
  await actAndConfirm(kiosk.page, 'pointerdown', () => home.title.tap())
  await kiosk.page.clock.runFor(BEFORE_IDLE_MS)
  await actAndConfirm(kiosk.page, 'keydown', () => kiosk.page.keyboard.press('ArrowDown'))
  await kiosk.page.evaluate(() => window.__speechEnd?.())
  await kiosk.page.clock.runFor(BEFORE_IDLE_MS)
  await actAndConfirm(kiosk.page, 'wheel', () => kiosk.page.mouse.wheel(0, 200))
  await kiosk.page.clock.runFor(idleMs + 500)

  // Had any of the three been ignored, the prompt would have run out long ago.
  await prompt.expectShown()
  await expect(prompt.dialog).toContainText(String(settings.stillThereSeconds))
  await expect(app.screen('home')).toBeVisible()
})
