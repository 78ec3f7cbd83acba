import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { PlacePage } from './pages/PlacePage'
import { byId, loadContent } from './support/content'
import { expect, test } from './support/fixtures'
import { LANGUAGES } from './support/i18n'
import { saveScreenshot } from './support/screenshots'
import { formatPhone } from '../common/domain/phone'

// Issue 22 "Done when": on the bundled content, a person with nowhere to sleep finds the rescue
// station's 24-hour help line with its source date — on the need, the station's page and the
// hotline list — and 12349 (no Jilin source) is shown nowhere. A winter day after the source's
// review date: the line is shown, and the screens say it may be out of date.
test.use({ kioskNow: '2026-12-07T10:00:00+08:00' })
const content = loadContent()
const line = byId(content.phones, 'rescue-station-hotline', 'phone')
const NUMBER = formatPhone(line.number)

for (const lang of LANGUAGES) {
  test(`in ${lang}: the need, the station and the hotline list give 0431-85086100`, async ({
    kiosk,
  }, testInfo) => {
    await kiosk.open()
    const app = new KioskApp(kiosk.page, content)
    const home = await new HomePage(app).shown()
    if (lang !== app.lang) await app.switchLanguage(lang)
    const body = kiosk.page.locator('body')
    const source = app.text(line.description)

    // The tile says the number in its text (a landline is too long for the tile's big number).
    await expect(home.categoryTile('shelter-tonight')).toContainText(line.number)
    await saveScreenshot(kiosk.page, testInfo, lang, 'issue22-home')
    const need = await home.openCategory('shelter-tonight')
    await expect(need.root).toContainText(NUMBER)
    await expect(need.root).toContainText(source)
    await saveScreenshot(kiosk.page, testInfo, lang, 'issue22-shelter-tonight')
    expect(await body.innerText()).not.toContain('12349')

    await need.root
      .getByRole('button', {
        name: app.text(byId(content.locations, 'changchun-rescue-station', 'location').name),
      })
      .first()
      .tap()
    const station = await new PlacePage(app, 'changchun-rescue-station').shown()
    await expect(station.root).toContainText(NUMBER)
    // The station's facts carry the source's date, as the slip prints it.
    const stationItem = byId(content.locations, 'changchun-rescue-station', 'location')
    await expect(station.root).toContainText(stationItem.lastConfirmed?.on ?? 'no date in content')
    await saveScreenshot(kiosk.page, testInfo, lang, 'issue22-rescue-station')
    expect(await body.innerText()).not.toContain('12349')
    // The lead address is for the office to check by phone, never for a visitor.
    expect(await body.innerText()).not.toContain('西安大路')

    const hotlines = await home.openHotlines()
    await expect(hotlines.root).toContainText(NUMBER)
    await expect(hotlines.root).toContainText(source)
    await saveScreenshot(kiosk.page, testInfo, lang, 'issue22-hotlines')
    expect(await body.innerText()).not.toContain('12349')
  })
}
