import { KioskApp } from './pages/KioskApp'
import { axeViolations, MIN_TARGET_PX, smallTargets } from './support/a11y'
import { loadContent } from './support/content'
import { expect, test } from './support/fixtures'
import { LANGUAGES } from './support/i18n'
import { saveScreenshot } from './support/screenshots'
import { CAMPAIGN_NOW, PLACES_CONTENT, TOUR } from './support/tour'

// Issue 4 "Done when": axe (WCAG 2.0/2.1/2.2 A+AA) finds nothing and every touch target is at
// least 72x72 CSS px, on every screen, in every language, in normal and high-contrast mode; and a
// screenshot of every screen is written. One tour per language and mode visits every screen;
// soft assertions let one run report every screen's problems at once.
test.use({ contentFile: PLACES_CONTENT, kioskNow: CAMPAIGN_NOW })
const content = loadContent(PLACES_CONTENT)

for (const lang of LANGUAGES) {
  for (const highContrast of [false, true]) {
    const mode = highContrast ? 'high contrast' : 'normal contrast'
    test(`every screen in ${lang}, ${mode}: no axe violations, targets >= ${MIN_TARGET_PX}px`, async ({
      kiosk,
    }, testInfo) => {
      test.setTimeout(240_000)
      await kiosk.open({ fakeClock: true })
      const app = new KioskApp(kiosk.page, content)
      if (lang !== app.lang) await app.switchLanguage(lang)
      if (highContrast) await app.setHighContrast(true)
      for (const stop of TOUR) {
        await test.step(stop.name, async () => {
          await stop.visit(app)
          expect.soft(await axeViolations(kiosk.page), `axe on ${stop.name}`).toEqual([])
          expect.soft(await smallTargets(kiosk.page), `small targets on ${stop.name}`).toEqual([])
          // Screenshots for review in the normal mode only: high contrast is checked by axe.
          if (!highContrast) await saveScreenshot(kiosk.page, testInfo, lang, stop.name)
        })
      }
    })
  }
}
