import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { loadContent, text } from './support/content'
import { expect, LAYOUT, test } from './support/fixtures'
import { LANGUAGE_LABELS, LANGUAGES, t, type Language } from './support/i18n'
import { saveScreenshot } from './support/screenshots'
import { visibleOn } from './support/visibilityChecks'
import { chinaDay } from '../common/domain/chinaTime'
import { hasCjk, hasLetters, visibleTexts, type VisibleText } from './support/visibleText'

const content = loadContent()
const FIRST_TILE = 'shelter-tonight'

test.describe('foundation: the kiosk starts on the bundled content', () => {
  test(
    'home is in Chinese by default, with the need tiles and the hotline bar',
    LAYOUT,
    async ({ kiosk }, testInfo) => {
      await kiosk.open()
      const app = new KioskApp(kiosk.page, content)
      const home = await new HomePage(app).shown()
      await expect(kiosk.page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
      await expect(app.languageButton('zh-Hans')).toHaveAttribute('aria-pressed', 'true')
      await expect(home.title).toHaveText(t('zh-Hans', 'home.title'))
      // Every need in force today has its tile (a season's need without anything in force
      // leaves home: issue 13), whatever day the suite runs on.
      const today = chinaDay(new Date())
      for (const category of visibleOn(today).categories.filter((c) => c.id !== 'hotlines')) {
        await expect(home.categoryTile(category.id)).toBeVisible()
      }
      await expect(app.hotlineBar).toContainText('110')
      await expect(app.hotlineBar).toContainText('120')
      await saveScreenshot(kiosk.page, testInfo, 'zh-Hans', 'home')
    },
  )

  test('tapping a category opens it', async ({ kiosk }) => {
    await kiosk.open()
    const app = new KioskApp(kiosk.page, content)
    const category = await new HomePage(app).openCategory(FIRST_TILE)
    const expected = content.categories.find((c) => c.id === FIRST_TILE)?.name
    await expect(category.title).toHaveText(text(expected, 'zh-Hans'))
    await app.home()
  })

  for (const lang of LANGUAGES.filter((l) => l !== 'zh-Hans')) {
    test(
      `switching to ${lang} changes every visible string`,
      LAYOUT,
      async ({ kiosk }, testInfo) => {
        await kiosk.open()
        const app = new KioskApp(kiosk.page, content)
        await new HomePage(app).shown()
        const before = await visibleTexts(kiosk.page)
        await app.switchLanguage(lang)
        await expect(new HomePage(app).title).toHaveText(t(lang, 'home.title'))
        const after = await visibleTexts(kiosk.page)
        expectEveryStringChanged(before, after, lang)
        await saveScreenshot(kiosk.page, testInfo, lang, 'home')
        await app.switchLanguage('zh-Hans')
        expect(await visibleTexts(kiosk.page)).toEqual(before)
      },
    )
  }
})

/** Language names on the switch are in their own script by design and never change. */
const switchLabels = new Set(Object.values(LANGUAGE_LABELS))

/**
 * Every string with letters that the page presents as being in `lang` must be new, and none of
 * them may still be Chinese or Korean (English) / Chinese (Korean, apart from Han in names).
 * Text marked with another `lang` is allowed only when it is a marked content fallback.
 */
function expectEveryStringChanged(before: VisibleText[], after: VisibleText[], lang: Language) {
  const old = new Set(before.filter((v) => hasLetters(v.text)).map((v) => v.text))
  const current = after.filter((v) => hasLetters(v.text) && !switchLabels.has(v.text))
  const unchanged = current.filter((v) => v.lang === lang && old.has(v.text)).map((v) => v.text)
  expect(unchanged, 'strings that did not change language').toEqual([])
  const wrongScript =
    lang === 'en' ? current.filter((v) => v.lang === 'en' && hasCjk(v.text)).map((v) => v.text) : []
  expect(wrongScript, 'English strings still in Chinese or Korean script').toEqual([])
  const unmarked = current.filter((v) => v.lang !== lang && v.lang !== '').map((v) => v)
  for (const item of unmarked) {
    // Content that fell back to Chinese is tagged lang="zh-Hans" by LocalText and marked.
    expect(item.lang, `"${item.text}" is shown in another language`).toBe('zh-Hans')
  }
}
