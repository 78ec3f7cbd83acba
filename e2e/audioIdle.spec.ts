import { defaultSettings } from '../common/settings/schema'
import { HomePage } from './pages/HomePage'
import { IdlePrompt } from './pages/IdlePrompt'
import { KioskApp } from './pages/KioskApp'
import { loadContent } from './support/content'
import { installFakeSpeech, speechLog } from './support/fakeSpeech'
import { expect, test } from './support/fixtures'
import { t } from './support/i18n'
import { CAMPAIGN_NOW, PLACES_CONTENT } from './support/tour'

// Issue 26 item 4: in audio mode listening is being there. A system voice (the recorder) reads a
// long page and never finishes until the test says so; Playwright's clock drives the idle timer.
test.use({ contentFile: PLACES_CONTENT, kioskNow: CAMPAIGN_NOW })
const content = loadContent(PLACES_CONTENT)
const settings = defaultSettings()
const idleMs = settings.idleSeconds * 1000

test('a long reading holds off "Still there?"; the prompt is spoken and any key gives the time back', async ({
  kiosk,
}) => {
  await installFakeSpeech(kiosk.page, [{ lang: 'zh-CN', name: 'Fake Mandarin' }])
  await kiosk.open({ fakeClock: true })
  const app = new KioskApp(kiosk.page, content)
  const category = await new HomePage(app).openCategory('unpaid-wages')
  const service = await category.openService('unpaid-wages-complaint')
  const prompt = new IdlePrompt(app)

  await kiosk.page.keyboard.press('h')
  await kiosk.page.keyboard.press('s')
  const title = (await service.title.innerText()).trim()
  await expect.poll(async () => (await speechLog(kiosk.page)).spoken.at(-1)?.text).not.toBe(title)

  // Three idle periods while the page is being read: no prompt, the page stays.
  await kiosk.page.clock.runFor(idleMs * 3)
  await expect(prompt.dialog).toHaveCount(0)
  await expect(service.title).toBeVisible()

  // The reading ends; an idle period later the prompt comes, and is spoken.
  await kiosk.page.evaluate(() => window.__speechEnd?.())
  const before = (await speechLog(kiosk.page)).spoken.length
  await kiosk.page.clock.runFor(idleMs + 500)
  await prompt.expectShown()
  await expect
    .poll(async () => (await speechLog(kiosk.page)).spoken.slice(before).map((s) => s.text))
    .toEqual(
      expect.arrayContaining([
        t('zh-Hans', 'idle.title'),
        t('zh-Hans', 'idle.body'),
        t('zh-Hans', 'audio.anyKey', {}, 'speech'),
      ]),
    )

  // Any key (one with no audio-mode meaning) keeps the session, with a whole idle wait again.
  await kiosk.page.keyboard.press('x')
  await expect(prompt.dialog).toHaveCount(0)
  await kiosk.page.evaluate(() => window.__speechEnd?.())
  await kiosk.page.clock.runFor(idleMs - 1_000)
  await expect(prompt.dialog).toHaveCount(0)
  await expect(service.title).toBeVisible()
})
