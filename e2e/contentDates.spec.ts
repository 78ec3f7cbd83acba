import type { Page } from '@playwright/test'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { axeViolations } from './support/a11y'
import { inForce, loadContent, text } from './support/content'
import { expect, LAYOUT, test, waitForReady } from './support/fixtures'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import { LANGUAGES, t } from './support/i18n'
import { saveScreenshot } from './support/screenshots'
import { visibleOn } from './support/visibilityChecks'

// Issue 13 "Done when": the bundled content at several dates shows only what is true that day.
// Each test starts its own host with KIOSK_NOW at that date (the worker option cannot change
// inside one file), and stops it afterwards.
const content = loadContent()

let host: KioskHost | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

/** The bundled content at `day`, 10:00 China time, opened at home. */
async function openAt(page: Page, day: string): Promise<KioskApp> {
  host = await startKioskHost({ kioskNow: `${day}T10:00:00+08:00` })
  await page.goto(host.url)
  await waitForReady(page)
  const app = new KioskApp(page, content)
  await new HomePage(app).shown()
  return app
}
const WINTER_HELP = 'winter-warmth-outreach'

/** Figures that belong to the 2021 campaign: wherever one is shown, its year must be too. */
const FIGURES_2021 = ['2月10日', '1681', '5248', '9065', '512', '1500套', '55户', '32户', '2000元']

const DATES = [
  { day: '2021-01-20', winter: true, why: 'Spring Festival 2021 campaign' },
  { day: '2021-06-01', winter: false, why: 'summer 2021' },
  { day: '2026-12-02', winter: true, why: 'winter 2026, the day the issue was seen' },
  { day: '2027-02-05', winter: true, why: 'the eve of the 2027 Spring Festival' },
  { day: '2026-10-01', winter: false, why: 'National Day 2026, a public holiday' },
] as const

/** Text blocks (paragraphs, list items) showing a 2021 figure without the year 2021. */
async function figuresWithoutYear(page: Page): Promise<string[]> {
  const blocks = await page
    .locator('[data-screen] p, [data-screen] li')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText))
  return blocks.filter((b) => FIGURES_2021.some((f) => b.includes(f)) && !b.includes('2021'))
}

for (const { day, winter, why } of DATES) {
  test(`on ${day} (${why}): only what is in force, no empty need, no dead question`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const visible = visibleOn(day)
    const app = await openAt(page, day)

    await test.step('home shows only categories with something in force, none empty', async () => {
      const home = new HomePage(app)
      for (const category of content.categories) {
        const shown = visible.categories.some((c) => c.id === category.id)
        await expect(home.categoryTile(category.id), category.id).toHaveCount(shown ? 1 : 0)
      }
      for (const category of visible.categories) {
        await app.home()
        const page = await new HomePage(app).openCategory(category.id)
        await expect(page.root.locator('.empty-message'), category.id).toHaveCount(0)
        for (const service of content.services.filter((s) => s.categoryIds.includes(category.id))) {
          const card = page.serviceCard(service.id)
          await expect(card, service.id).toHaveCount(inForce(service, day) ? 1 : 0)
        }
        expect(await figuresWithoutYear(app.page), category.id).toEqual([])
      }
    })

    await test.step(`winter street help is ${winter ? 'shown' : 'not shown'}`, async () => {
      const winterHelp = content.services.find((s) => s.id === WINTER_HELP)
      expect(winterHelp && inForce(winterHelp, day)).toBe(winter)
      await app.home()
      const category = await new HomePage(app).openCategory('shelter-tonight')
      await expect(category.serviceCard(WINTER_HELP)).toHaveCount(winter ? 1 : 0)
    })

    await test.step('every service page in force shows its year with any 2021 figure', async () => {
      for (const service of visible.services) {
        await app.home()
        const category = await new HomePage(app).openCategory(service.categoryIds[0]!)
        await category.openService(service.id)
        expect(await figuresWithoutYear(app.page), service.id).toEqual([])
      }
    })

    await test.step('the screener asks only questions that lead to a programme in force', async () => {
      await app.home()
      const screener = await new HomePage(app).openScreener()
      const asked = visible.screener.questions
      for (const question of asked) {
        const rules = visible.screener.rules.filter((r) =>
          r.when.some((c) => c.questionId === question.id),
        )
        expect(rules.length, `${question.id} leads somewhere`).toBeGreaterThan(0)
      }
      const hidden = content.screener.questions.filter((q) => !asked.some((a) => a.id === q.id))
      for (const question of asked) {
        for (const gone of hidden) await expect(screener.question(gone.id)).toHaveCount(0)
        const answer = question.kind === 'yesno' ? 'no' : (question.options?.at(-1)?.id ?? 'no')
        await screener.answer(question.id, answer)
      }
      await expect(screener.result).toBeVisible()
    })
  })
}

test.describe('sample content, review dates and amounts on screen', () => {
  test(
    'every visitor screen says the content is a demonstration; axe finds nothing new',
    LAYOUT,
    async ({ page }, testInfo) => {
      const app = await openAt(page, '2026-12-02')
      const kiosk = { page }
      for (const lang of LANGUAGES) {
        if (lang !== app.lang) await app.switchLanguage(lang)
        await app.home()
        const sample = app.screen('home').getByTestId('sample-notice')
        await expect(sample).toHaveText(t(lang, 'sample.notice'))
        const category = await new HomePage(app).openCategory('sudden-hardship')
        await expect(category.root.getByTestId('sample-notice')).toBeVisible()
        const service = await category.openService('emergency-temporary-relief')
        await expect(service.root.getByTestId('sample-notice')).toBeVisible()
        // Past the dataset's review date: still shown, with a calm line saying to check.
        await expect(service.root.getByTestId('stale-notice')).toBeVisible()
        const office = text(service.service.benefits[0]?.approvedBy, lang)
        await expect(service.root.locator('.big-number').first()).toContainText(
          t(lang, 'service.approvedBy', { who: office }),
        )
        await expect(service.root.locator('.big-number-value').first()).toHaveText(
          t(lang, 'service.amount.upTo', { amount: '¥1,000' }),
        )
        expect(await axeViolations(kiosk.page), `axe on the service page in ${lang}`).toEqual([])
        await service.root.locator('.benefits').scrollIntoViewIfNeeded()
        await saveScreenshot(kiosk.page, testInfo, lang, 'service-amounts')
      }
    },
  )
})

test.describe('goods for chosen households, near the 2027 Spring Festival', () => {
  test(
    'charity help reads as goods for selected households, not applied for',
    LAYOUT,
    async ({ page }, testInfo) => {
      const app = await openAt(page, '2027-02-05')
      const kiosk = { page }
      for (const lang of LANGUAGES) {
        if (lang !== app.lang) await app.switchLanguage(lang)
        await app.home()
        const category = await new HomePage(app).openCategory('holiday-low-income')
        const service = await category.openService('charity-warmth-ten-thousand-homes')
        await expect(service.root.locator('.benefit-note').first()).toBeVisible()
        await expect(service.root).toContainText(t(lang, 'service.notAppliedFor'))
        expect(await axeViolations(kiosk.page), `axe on the charity page in ${lang}`).toEqual([])
        await service.root.locator('.benefits').scrollIntoViewIfNeeded()
        await saveScreenshot(kiosk.page, testInfo, lang, 'service-goods')
      }
    },
  )
})
