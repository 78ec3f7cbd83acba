import { CategoryPage } from './pages/CategoryPage'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { loadContent, text } from './support/content'
import { installFakeSpeech } from './support/fakeSpeech'
import { LANGUAGES, tp } from './support/i18n'
import { expect, LAYOUT, test } from './support/fixtures'
import { steerTo } from './support/keypad'

// Issue 4: everything is reachable with a hardware keypad (arrows, Enter, Escape = back).
const content = loadContent()
test('arrows reach a need tile, Enter opens it and Escape goes back', LAYOUT, async ({ kiosk }) => {
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  const home = await new HomePage(app).shown()
  const name = text(content.categories.find((c) => c.id === 'unpaid-wages')?.name, 'zh-Hans')

  await steerTo(kiosk.page, home.categoryTile('unpaid-wages'))
  await kiosk.page.keyboard.press('Enter')
  const category = await new CategoryPage(app, 'unpaid-wages').shown()
  await expect(category.title).toHaveText(name)

  await kiosk.page.keyboard.press('Escape')
  await new HomePage(app).shown()
})

// Issue 26: key paths must not depend on the language (button widths change with it).
test('the same keys reach the same control in every language', async ({ kiosk }) => {
  await installFakeSpeech(kiosk.page, [{ lang: 'zh-CN', name: 'Fake Mandarin' }])
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  await new HomePage(app).shown()
  await kiosk.page.keyboard.press('h') // turns audio mode on; nothing else
  const reached: Record<string, string> = {}
  for (const lang of LANGUAGES) {
    if (lang !== app.lang) await app.switchLanguage(lang)
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowRight']) {
      await kiosk.page.keyboard.press(key)
    }
    // Where focus is, by position among the top bar's buttons (their words differ by language).
    reached[lang] = await kiosk.page.evaluate(() => {
      const bar = [...document.querySelectorAll('header.top-bar button')]
      return `top bar button ${bar.indexOf(document.activeElement as Element)}`
    })
  }
  expect(new Set(Object.values(reached)).size, JSON.stringify(reached)).toBe(1)
  expect(reached['zh-Hans']).not.toBe('top bar button -1')
})

test('after a scroll on a place page, ↓ goes on down to "All places near here"', async ({
  kiosk,
}) => {
  await installFakeSpeech(kiosk.page, [{ lang: 'zh-CN', name: 'Fake Mandarin' }])
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  const category = await new HomePage(app).openCategory('shelter-tonight')
  await category.placeList.getByRole('button').first().tap()
  const place = kiosk.page.locator('[data-screen="place"]')
  await expect(place).toBeVisible()
  await kiosk.page.keyboard.press('h')
  await kiosk.page.mouse.move(300, 600)
  await kiosk.page.mouse.wheel(0, 400)
  const others = place.getByRole('button', { name: tp(app.lang, 'place.otherPlaces') })
  for (let i = 0; i < 30 && !(await others.evaluate((el) => el === document.activeElement)); i++) {
    await kiosk.page.keyboard.press('ArrowDown')
    const inTopBar = await kiosk.page.evaluate(
      () => document.activeElement?.closest('header.top-bar') !== null,
    )
    expect(inTopBar, 'never back up to the top bar').toBe(false)
  }
  await expect(others).toBeFocused()
})
