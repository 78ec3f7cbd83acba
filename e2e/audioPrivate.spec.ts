import type { AdminPage } from './pages/AdminPage'
import { ScreenerPage } from './pages/ScreenerPage'
import { loadContent } from './support/content'
import { installFakeSpeech, speechLog } from './support/fakeSpeech'
import { expect, test } from './support/fixtures'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import { openAdminWithFirstPin } from './support/openKiosk'
import { steerTo } from './support/keypad'
import { CAMPAIGN_NOW, PLACES_CONTENT } from './support/tour'
import { t } from './support/i18n'

// Issue 26 item 3: with "headphones only", speech never reaches the loudspeaker — not through a
// system voice (which cannot be routed) and not through an audio element left on the default
// output. The recorder logs every utterance and every clip with the device it was routed to.
const content = loadContent(PLACES_CONTENT)
let host: KioskHost | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('headphones only: the screener is never spoken on the loudspeaker', async ({ page }) => {
  host = await startKioskHost({
    contentFile: PLACES_CONTENT,
    kioskNow: CAMPAIGN_NOW,
    firstPinOnScreen: true,
  })
  await installFakeSpeech(page, [{ lang: 'zh-CN', name: 'Fake Mandarin' }], { endClips: true })
  const { app, admin } = await openAdminWithFirstPin(page, host.url, content, '482915')
  await admin.chooseSpeechOutput('headphones')
  await admin.save()
  await (admin as AdminPage).exitToVisitor()

  await page.keyboard.press('h')
  await steerTo(
    page,
    app.screen('home').getByRole('button', { name: t(app.lang, 'home.screener') }),
  )
  await page.keyboard.press('Enter')
  await new ScreenerPage(app).shown()
  const question = app.text(content.screener.questions[0]?.text)
  // The engine still works for the headphones: the question is synthesised and routed.
  await expect
    .poll(async () => (await speechLog(page)).played.map((p) => p.phrase), { timeout: 30_000 })
    .toContain(question)
  const log = await speechLog(page)
  expect(log.spoken, 'no system voice: it would play on the loudspeaker').toEqual([])
  const unrouted = log.played.filter((p) => p.sinkId === null)
  expect(unrouted, 'every clip went to a chosen device, none to the default output').toEqual([])
})
