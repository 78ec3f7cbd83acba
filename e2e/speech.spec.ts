import { defaultSettings } from '../common/settings/schema'
import { openSpeechService, ReadAloud, SPEECH_SERVICE_ID } from './pages/ReadAloud'
import { axeViolations, smallTargets, smallText, touchTargets } from './support/a11y'
import { byId, loadContent, text } from './support/content'
import { installFakeSpeech, type FakeVoice } from './support/fakeSpeech'
import { expect, LAYOUT, test } from './support/fixtures'
import type { Language } from './support/i18n'

// Issue 10 "Done when": read-aloud with a fake speechSynthesis (audio fallback: speechAudio.spec.ts).
const content = loadContent()
const service = byId(content.services, SPEECH_SERVICE_ID, 'service')
const phone = byId(content.phones, service.phoneIds[0] ?? '', 'phone')
const volume = defaultSettings().volume

/** Mandarin and English voices on the device; no Korean one. */
const VOICES: FakeVoice[] = [
  { lang: 'zh-CN', name: 'Fake Mandarin' },
  { lang: 'en-US', name: 'Fake English' },
]
const VOICE_TAG: Partial<Record<Language, string>> = { 'zh-Hans': 'zh-CN', en: 'en-US' }

test.describe('read aloud with system voices', () => {
  test.beforeEach(async ({ kiosk }) => {
    await installFakeSpeech(kiosk.page, VOICES)
  })

  for (const lang of ['zh-Hans', 'en'] as const) {
    test(`a service page is read in ${lang}, by the ${lang} voice: title, facts, phone digits`, async ({
      kiosk,
    }) => {
      const page = await openSpeechService(kiosk, content, lang)
      const readAloud = new ReadAloud(page.app)
      await readAloud.start()
      const spoken = await readAloud.spoken(3)
      expect(spoken[0]?.text).toBe(text(service.name, lang))
      expect(spoken.map((s) => s.text)).toContain(text(service.plainSummary, lang))
      const digits = [...phone.number].join(' ')
      expect(
        spoken.some((s) => s.text.includes(digits)),
        `${phone.number} digit by digit`,
      ).toBe(true)
      for (const phrase of spoken) {
        expect(phrase).toMatchObject({ lang: VOICE_TAG[lang], volume })
        expect(phrase.voice).toBe(lang === 'en' ? 'Fake English' : 'Fake Mandarin')
      }
    })
  }

  test('a tap anywhere stops the reading', async ({ kiosk }) => {
    const page = await openSpeechService(kiosk, content, 'en')
    const readAloud = new ReadAloud(page.app)
    await readAloud.start()
    await readAloud.spoken()
    const before = (await readAloud.log()).cancels
    await page.title.tap()
    await expect(readAloud.button).toHaveAttribute('aria-pressed', 'false')
    expect((await readAloud.log()).cancels).toBeGreaterThan(before)
  })

  test(
    'the button passes the same accessibility checks as every control',
    LAYOUT,
    async ({ kiosk }) => {
      const page = await openSpeechService(kiosk, content, 'en')
      const readAloud = new ReadAloud(page.app)
      await expect(readAloud.button).toBeVisible()
      expect(smallTargets(await touchTargets(kiosk.page))).toEqual([])
      expect(await smallText(kiosk.page)).toEqual([])
      expect(await axeViolations(kiosk.page)).toEqual([])
      await readAloud.start()
      expect(await axeViolations(kiosk.page)).toEqual([])
    },
  )

  test('with no Korean voice, Korean is read by the bundled engine, never by another voice', async ({
    kiosk,
  }) => {
    const page = await openSpeechService(kiosk, content, 'en')
    const readAloud = new ReadAloud(page.app)
    await page.app.switchLanguage('ko')
    await expect(page.title).toContainText(text(service.name, 'ko'))
    await readAloud.start()
    await expect
      .poll(async () => (await readAloud.log()).played[0]?.phrase, { timeout: 30_000 })
      .toBe(text(service.name, 'ko'))
    expect((await readAloud.log()).spoken).toEqual([])
  })
})
