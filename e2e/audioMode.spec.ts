import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { loadContent } from './support/content'
import { installFakeSpeech, speechLog } from './support/fakeSpeech'
import { expect, test } from './support/fixtures'
import { t } from './support/i18n'

// Issue 26: audio mode with a keypad. The recorder on the speech path is e2e/support/fakeSpeech.
const content = loadContent()

test('with no system voice, the first key turns audio mode on and the bundled engine speaks', async ({
  kiosk,
}) => {
  await installFakeSpeech(kiosk.page, [], { endClips: true })
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  await new HomePage(app).shown()
  await kiosk.page.keyboard.press('ArrowDown')
  const on = t('zh-Hans', 'audio.on', {}, 'speech')
  await expect
    .poll(async () => (await speechLog(kiosk.page)).played.map((p) => p.phrase), {
      timeout: 30_000,
    })
    .toContain(on)
  await expect
    .poll(async () => (await speechLog(kiosk.page)).played[0]?.peak ?? 0, { timeout: 10_000 })
    .toBeGreaterThan(1000)
  const [first] = (await speechLog(kiosk.page)).played
  expect(first?.samples, 'about a second of 22 kHz speech at least').toBeGreaterThan(10_000)
  expect((await speechLog(kiosk.page)).spoken).toEqual([])
})
