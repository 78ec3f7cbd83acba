import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { formatPhone } from '../common/domain/phone'
import { cellOf, editWorkbook } from '../tools/sheet/testWorkbook'
import { KioskApp } from './pages/KioskApp'
import { axeViolations } from './support/a11y'
import { byId, loadContent } from './support/content'
import { expect, test, waitForReady } from './support/fixtures'
import { startKioskHost, type KioskHost } from './support/kioskHost'

// Issue 14: `npm start -- --content FILE` follows the author's edits. A workbook is previewed,
// edited (the kiosk shows the new number without a page reload), broken (the last good content
// stays, and a panel names the cell), and fixed (the panel goes).

const PHONE = 'hrss-12333'
const NEW_NUMBER = '043188887777'
const PLACE = 'changchun-rescue-station'
const bundled = loadContent()

test.skip(({ shell }) => shell === 'electron', 'previews through the browser host flags')

let work: string
let host: KioskHost | undefined
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-e2e-preview-'))
})
test.afterEach(async () => {
  await host?.stop()
  host = undefined
  rmSync(work, { recursive: true, force: true })
})

test('a previewed workbook follows edits and shows its problems on screen', async ({ page }) => {
  const xlsx = join(work, 'content.xlsx')
  execFileSync(process.execPath, [
    resolve('tools/bin/kiosk-content.mjs'),
    'sheet',
    'export',
    resolve('resources/content/changchun.json'),
    '--out',
    xlsx,
  ])
  host = await startKioskHost({ contentFile: xlsx })
  await page.goto(host.url)
  await waitForReady(page)
  const app = new KioskApp(page, bundled)
  await app.expectScreen('home')
  const numbers = app.hotlineBar.locator('.phone-number')
  const before = formatPhone(byId(bundled.phones, PHONE, 'phone').number)
  await expect(numbers.filter({ hasText: before })).toHaveCount(1)
  await page.evaluate(() => Object.assign(window, { e2eNoReload: true }))

  await editWorkbook(xlsx, (wb) => {
    cellOf(wb, '电话', PHONE, 'number').value = NEW_NUMBER
  })
  await expect(numbers.filter({ hasText: formatPhone(NEW_NUMBER) })).toHaveCount(1)

  let ref = ''
  await editWorkbook(xlsx, (wb) => {
    const lat = cellOf(wb, '地点', PLACE, 'geo.lat')
    lat.value = '四十三度'
    ref = `地点!${lat.address}`
  })
  const panel = page.getByRole('alert')
  await expect(panel).toContainText(ref)
  await expect(panel).toContainText('content.xlsx')
  // The last good content stays on screen.
  await expect(numbers.filter({ hasText: formatPhone(NEW_NUMBER) })).toHaveCount(1)
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: 'e2e/screenshots/preview/problems-panel.png' })

  await editWorkbook(xlsx, (wb) => {
    cellOf(wb, '地点', PLACE, 'geo.lat').value = null
  })
  await expect(panel).toHaveCount(0)
  expect(await page.evaluate(() => 'e2eNoReload' in window)).toBe(true)
})

test('a file broken at start does not stop the preview; it is shown once fixed', async ({
  page,
}) => {
  const file = join(work, 'content.json')
  const draft = structuredClone(bundled)
  byId(draft.phones, PHONE, 'phone').number = NEW_NUMBER
  const broken = structuredClone(draft)
  broken.services[0]!.locationIds = ['nowhere']
  writeFileSync(file, JSON.stringify(broken, null, 2))
  host = await startKioskHost({ contentFile: file })
  await page.goto(host.url)
  await waitForReady(page)
  const panel = page.getByRole('alert')
  await expect(panel).toContainText('services[0].locationIds[0]')
  await expect(panel).toContainText('no location with id "nowhere"')
  const app = new KioskApp(page, bundled)
  const numbers = app.hotlineBar.locator('.phone-number')
  const before = formatPhone(byId(bundled.phones, PHONE, 'phone').number)
  await expect(numbers.filter({ hasText: before })).toHaveCount(1)

  // Saved the way editors do: a temporary file renamed over the old one.
  writeFileSync(join(work, '.content.json.swp'), JSON.stringify(draft, null, 2))
  renameSync(join(work, '.content.json.swp'), file)
  await expect(panel).toHaveCount(0)
  await expect(numbers.filter({ hasText: formatPhone(NEW_NUMBER) })).toHaveCount(1)
})
