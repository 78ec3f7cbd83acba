import { chinaDay, inForce } from './support/content'
import { expect, test } from './support/fixtures'
import { expectNoticesFor, expectServicesFor, seasonalServices } from './support/visibilityChecks'

// The host runs on the real clock, years after the 2021 campaign ended.
const today = chinaDay(new Date())

test('expired programmes are hidden and permanent ones still appear', async ({ kiosk }) => {
  expect(seasonalServices.some((s) => inForce(s, today))).toBe(false)
  await expectServicesFor(kiosk, today)
})

test('expired notices are hidden', async ({ kiosk }) => {
  await kiosk.open()
  await expectNoticesFor(kiosk, today)
})
