import { chinaDay, inForce, loadContent } from './support/content'
import { expect, test } from './support/fixtures'
import { expectNoticesFor, expectServicesFor, seasonalServices } from './support/visibilityChecks'

// The host runs on the real clock, years after the 2021 campaign ended: recurring programmes
// (winter help, Spring Festival) come and go with the season, one-off 2021 items never return.
const today = chinaDay(new Date())

test('programmes out of force are hidden and permanent ones still appear', async ({ kiosk }) => {
  expect(seasonalServices.length).toBeGreaterThan(0)
  expect(loadContent().notices.some((n) => inForce(n, today))).toBe(false)
  await expectServicesFor(kiosk, today)
})

test('expired notices are hidden', async ({ kiosk }) => {
  await kiosk.open()
  await expectNoticesFor(kiosk, today)
})
