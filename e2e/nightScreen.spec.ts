import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { axeViolations } from './support/a11y'
import { expect, LAYOUT, test, waitForReady } from './support/fixtures'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import { PLACES_CONTENT } from './support/tour'

// Issue 6: optional night hours show a dimmed "help is available" screen; the hotline bar stays
// and one touch lets a visitor in. The host's clock (KIOSK_NOW) is set inside the night hours.
let host: KioskHost | undefined
let dataDir: string | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
  // A host given its data folder keeps it on stop; this test made it, so it removes it.
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  dataDir = undefined
})

test(
  'at night: dimmed help screen with the hotline bar, one touch lets the visitor in',
  LAYOUT,
  async ({ page }) => {
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-night-'))
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ nightSchedule: { from: '22:00', to: '06:00' } }),
    )
    host = await startKioskHost({
      contentFile: PLACES_CONTENT,
      kioskNow: '2021-01-20T23:30:00+08:00',
      dataDir,
    })
    await page.goto(host.url)
    await waitForReady(page)
    const night = page.locator('[data-night-screen]')
    await expect(night).toBeVisible()
    await expect(page.locator('.hotline-bar')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    await night.getByRole('button').click()
    await expect(night).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('.hotline-bar')).toBeVisible()
  },
)
