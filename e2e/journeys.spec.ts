import { HomePage } from './pages/HomePage'
import { IdlePrompt } from './pages/IdlePrompt'
import { KioskApp } from './pages/KioskApp'
import { AttractPage } from './pages/AttractPage'
import { byId, loadContent } from './support/content'
import { expect, test, type Kiosk } from './support/fixtures'
import { LANGUAGES, tp, type Language } from './support/i18n'
import { defaultSettings } from '../common/settings/schema'
import {
  CAMPAIGN_NOW,
  PLACES_CONTENT,
  answerScreener,
  nearestLocation,
  suddenHardshipAnswers,
} from './support/tour'

// Issue 4 "Done when": the visitor journeys, walked by touch in each language.
test.use({ contentFile: PLACES_CONTENT, kioskNow: CAMPAIGN_NOW })
const content = loadContent(PLACES_CONTENT)
const settings = defaultSettings()

async function openIn(kiosk: Kiosk, lang: Language, options?: { fakeClock?: boolean }) {
  await kiosk.open(options)
  const app = new KioskApp(kiosk.page, content)
  await new HomePage(app).shown()
  if (lang !== app.lang) await app.switchLanguage(lang)
  return app
}

/** The ids of the places the services of a need point to. */
function placesOfCategory(categoryId: string): string[] {
  const services = content.services.filter((s) => s.categoryIds.includes(categoryId))
  return [...new Set(services.flatMap((s) => s.locationIds))]
}

for (const lang of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test('nowhere to sleep tonight → the nearest place, with directions and a QR code', async ({
      kiosk,
    }) => {
      const app = await openIn(kiosk, lang)
      const category = await new HomePage(app).openCategory('shelter-tonight')
      const nearest = nearestLocation(app, placesOfCategory('shelter-tonight'))
      const place = await category.openNearestPlace(nearest)
      const steps = place.directionSteps(content.dataset.defaultSiteId)
      expect(steps.length, 'the fixture gives directions to the nearest shelter').toBeGreaterThan(0)
      await expect(place.directions).toBeVisible()
      for (const step of steps) await expect(place.directions).toContainText(step)
      await expect(place.qrCode).toBeVisible()
      // The map marks both "you are here" and the destination.
      const map = place.root.getByRole('img', { name: tp(lang, 'map.youAreHere') }).first()
      await expect(map).toBeVisible()
    })

    test('not paid for my work → the five channels, with 12333', async ({ kiosk }) => {
      const app = await openIn(kiosk, lang)
      const category = await new HomePage(app).openCategory('unpaid-wages')
      const service = await category.openService('unpaid-wages-complaint')
      const channels = service.service.howToApply.map((step) => app.text(step))
      expect(channels).toHaveLength(5)
      for (const channel of channels) await expect(service.root).toContainText(channel)
      const hotline = byId(content.phones, 'hrss-12333', 'phone')
      await expect(
        service.root.getByRole('button', { name: app.text(hotline.name) }),
      ).toContainText('12333')
    })

    test('sudden hardship → "Do I qualify?" → you may qualify → the service page', async ({
      kiosk,
    }) => {
      const app = await openIn(kiosk, lang)
      const screener = await new HomePage(app).openScreener()
      const { answers, suggested } = suddenHardshipAnswers(app)
      expect(suggested).toContain('emergency-temporary-relief')
      await answerScreener(screener, answers)
      await expect(screener.result).toBeVisible()
      for (const id of suggested) await expect(screener.suggestion(id)).toBeVisible()
      await expect(screener.root).toContainText(tp(lang, 'screener.callHotline'))
      const service = await screener.openSuggestion('emergency-temporary-relief')
      await expect(service.root).toContainText(app.text(service.service.howToApply[0]))
    })
  })
}

for (const [from, to] of [
  ['zh-Hans', 'en'],
  ['en', 'ko'],
  ['ko', 'zh-Hans'],
] as const) {
  test(`switching ${from} → ${to} mid-journey keeps the place in the journey`, async ({
    kiosk,
  }) => {
    const app = await openIn(kiosk, from)
    const category = await new HomePage(app).openCategory('unpaid-wages')
    const service = await category.openService('unpaid-wages-complaint')
    await app.switchLanguage(to)
    await service.shown()
    await expect(service.root).toContainText(app.text(service.service.howToApply[0]))
    await app.back()
    await category.shown()
    await expect(category.title).toHaveText(
      app.text(byId(content.categories, 'unpaid-wages', 'category').name),
    )
  })
}

for (const lang of LANGUAGES) {
  test(`idle in ${lang}: "Still there?" can be answered, then the session resets completely`, async ({
    kiosk,
  }) => {
    const app = await openIn(kiosk, lang, { fakeClock: true })
    await app.setHighContrast(true)
    await app.setLargeText(true)
    const screener = await new HomePage(app).openScreener()
    const [first, second] = content.screener.questions
    if (!first || !second) throw new Error('the content needs two screener questions')
    await screener.answer(first.id, 'no')
    await expect(screener.question(second.id)).toBeVisible()

    // The prompt comes after the idle time, and one tap keeps everything as it was.
    const prompt = new IdlePrompt(app)
    await kiosk.page.clock.runFor(settings.idleSeconds * 1000)
    await prompt.expectShown()
    await prompt.continue()
    await expect(screener.question(second.id)).toBeVisible()

    // Unanswered, it resets: default language, display settings, history and answers gone.
    await kiosk.page.clock.runFor((settings.idleSeconds + settings.stillThereSeconds) * 1000)
    await new AttractPage(app).shown()
    app.lang = settings.defaultLanguage
    const html = kiosk.page.locator('html')
    await expect(html).toHaveAttribute('lang', settings.defaultLanguage)
    await expect(html).toHaveAttribute('data-contrast', 'normal')
    await expect(html).toHaveAttribute('data-large-text', 'false')
    const home = await new AttractPage(app).start()
    await expect(app.topBar.getByRole('button', { name: app.ui('nav.back') })).toBeDisabled()
    const fresh = await home.openScreener()
    await expect(fresh.question(first.id)).toBeVisible()
    await expect(fresh.root).toContainText(
      tp(app.lang, 'screener.progress', { current: 1, total: content.screener.questions.length }),
    )
  })
}
