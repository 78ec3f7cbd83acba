import { chinaDay, inForce } from './support/content'
import { expect, test } from './support/fixtures'
import {
  SPRING_FESTIVAL_2021,
  expectNoticesFor,
  expectServicesFor,
  permanentServices,
  seasonalServices,
} from './support/visibilityChecks'

// The host runs with KIOSK_NOW in the Spring Festival 2021 campaign (a worker option, so this
// file gets its own host).
test.use({ kioskNow: SPRING_FESTIVAL_2021 })
const day = chinaDay(new Date(SPRING_FESTIVAL_2021))

test('the bundled content has permanent services and Spring Festival 2021 ones', () => {
  expect(permanentServices.length).toBeGreaterThan(0)
  expect(seasonalServices.filter((s) => inForce(s, day)).length).toBeGreaterThan(0)
})

test('seasonal programmes in force that day appear next to the permanent ones', async ({
  kiosk,
}) => {
  await expectServicesFor(kiosk, day)
})

test('the notices of that day are shown', async ({ kiosk }) => {
  await kiosk.open()
  await expectNoticesFor(kiosk, day)
})
