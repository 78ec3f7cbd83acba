import { CategoryPage } from './pages/CategoryPage'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { loadContent, text } from './support/content'
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
