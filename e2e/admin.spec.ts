import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { distanceMetres } from '../common/domain/geo'
import { AdminPage } from './pages/AdminPage'
import type { HomePage } from './pages/HomePage'
import { byId, loadContent } from './support/content'
import { MIN_TARGET_PX, axeViolations, touchTargets } from './support/a11y'
import { expect, LAYOUT, test, waitForReady } from './support/fixtures'
import { LANGUAGES } from './support/i18n'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import { openAdminWithFirstPin, openHome } from './support/openKiosk'
import { saveScreenshot } from './support/screenshots'
import { CAMPAIGN_NOW, PLACES_CONTENT } from './support/tour'

// Issue 6 "Done when". Each test starts its own browser host on its own data folder, because
// admin changes (a PIN, a site, a lock) must not leak into other specs sharing a worker's host.
const content = loadContent(PLACES_CONTENT)
const PIN = '482915'
const BUS_STATION = 'changchun-passenger-bus-station'

let host: KioskHost | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

async function startHost(dataDir?: string): Promise<KioskHost> {
  host = await startKioskHost({
    contentFile: PLACES_CONTENT,
    kioskNow: CAMPAIGN_NOW,
    dataDir,
    firstPinOnScreen: true,
  })
  return host
}

/** A need whose places the fixture orders differently from the railway and the bus station. */
const CATEGORY = 'sudden-hardship'

/** The places of CATEGORY that have coordinates, nearest first from `siteId`. */
function placesFrom(siteId: string): string[] {
  const origin = byId(content.kioskSites, siteId, 'kiosk site').geo
  if (!origin) throw new Error(`the fixture site ${siteId} has no coordinates`)
  const ids = content.services
    .filter((s) => s.categoryIds.includes(CATEGORY))
    .flatMap((s) => s.locationIds)
  const places = [...new Set(ids)].map((id) => byId(content.locations, id, 'location'))
  return places
    .flatMap((l) => (l.geo ? [{ id: l.id, metres: distanceMetres(origin, l.geo) }] : []))
    .sort((a, b) => a.metres - b.metres)
    .map((p) => p.id)
}

async function placeNames(home: HomePage): Promise<string[]> {
  const category = await home.openCategory(CATEGORY)
  const places = await category.openPlaces()
  await expect(places.items.first()).toBeVisible()
  return places.items.allInnerTexts()
}

test('gesture + first PIN → choose another site → the places list re-sorts from it', async ({
  page,
}) => {
  const fromRail = placesFrom(content.dataset.defaultSiteId)
  const fromBus = placesFrom(BUS_STATION)
  expect(fromBus[0], 'the fixture puts a different place nearest to each site').not.toBe(
    fromRail[0],
  )

  const { url } = await startHost()
  await page.clock.install()
  const { app, home } = await openHome(page, url, content)
  const nearestName = (id: string) => app.text(byId(content.locations, id, 'location').name)
  expect((await placeNames(home))[0]).toContain(nearestName(fromRail[0] ?? ''))
  await app.home()

  const admin = new AdminPage(app)
  await admin.openByGesture()
  await admin.setFirstPin(PIN)
  await admin.chooseSite(app.text(byId(content.kioskSites, BUS_STATION, 'kiosk site').name))
  await admin.save()
  const after = await admin.exitToVisitor()
  const names = await placeNames(after)
  expect(names[0]).toContain(nearestName(fromBus[0] ?? ''))
})

test('changing the languages offered → the switch shows only those', async ({ page }) => {
  const { url } = await startHost()
  const { app } = await openHome(page, url, content)
  for (const lang of LANGUAGES) await expect(app.languageButton(lang)).toBeVisible()

  const admin = new AdminPage(app)
  await admin.openByKeyboard()
  await admin.setFirstPin(PIN)
  await admin.offerLanguage('ko', false)
  await admin.save()
  await admin.exitToVisitor()
  await expect(app.languageButton('zh-Hans')).toBeVisible()
  await expect(app.languageButton('en')).toBeVisible()
  await expect(app.languageButton('ko')).toHaveCount(0)
})

test('admin screens: no axe violations, PIN keys of at least 72 px', LAYOUT, async ({ page }) => {
  const { url } = await startHost()
  const { app } = await openHome(page, url, content)
  const admin = new AdminPage(app)
  await admin.openByKeyboard()
  await expect(admin.heading('pin.setTitle')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  const small = (await touchTargets(page)).filter(
    (t) => t.width < MIN_TARGET_PX || t.height < MIN_TARGET_PX,
  )
  expect(small).toEqual([])
  await admin.setFirstPin(PIN)
  for (const tab of ['settings', 'diagnostics', 'maintenance', 'audit'] as const) {
    await admin.openTab(tab)
    expect(await axeViolations(page), `axe on the ${tab} screen`).toEqual([])
  }
})

test('a signed kiosk-config package in a watched folder: every change listed, then applied live', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'kiosk-e2e-admin-config-'))
  try {
    // The signing office: a key pair and a package for all kiosks, made with the staff CLI.
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['tools/bin/kiosk-content.mjs', ...args], { encoding: 'utf8' })
    cli('keygen', '--out', join(work, 'office'))
    const keyFile = (ext: string) =>
      join(work, 'office', readdirSync(join(work, 'office')).find((f) => f.endsWith(ext)) ?? '')
    writeFileSync(join(work, 'fleet.json'), JSON.stringify({ languages: ['zh-Hans', 'ko'] }))
    const share = join(work, 'share')
    cli(
      'pack-config',
      '--settings',
      join(work, 'fleet.json'),
      '--key',
      keyFile('.key'),
      '--out',
      share,
    )
    // The kiosk: trusts the office key and watches the shared folder.
    const dataDir = join(work, 'data')
    mkdirSync(join(dataDir, 'keys'), { recursive: true })
    copyFileSync(keyFile('.pub'), join(dataDir, 'keys', 'office.pub'))
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ updates: { requirePin: true, watchFolders: [share] } }),
    )

    const { url } = await startHost(dataDir)
    const { app, admin } = await openAdminWithFirstPin(page, url, content, PIN)
    const item = await admin.findConfig(join(share, 'KIOSK-CONFIG'))
    await expect(item).toContainText('languages: ["zh-Hans","en","ko"] → ["zh-Hans","ko"]')
    await admin.applyConfig(item)
    await admin.exitToVisitor()
    await expect(app.languageButton('ko')).toBeVisible()
    await expect(app.languageButton('en')).toHaveCount(0)
  } finally {
    await host?.stop()
    host = undefined
    rmSync(work, { recursive: true, force: true })
  }
})

test('admin mode closes itself after two idle minutes', async ({ page }) => {
  const { url } = await startHost()
  await page.clock.install()
  const { admin } = await openAdminWithFirstPin(page, url, content, PIN, 'gesture')
  await page.clock.runFor(110_000)
  await expect(admin.root).toBeVisible()
  await page.clock.runFor(11_000)
  await expect(admin.root).toHaveCount(0)
})

test('wrong PIN 4 times → a growing lock-out that survives a host restart', async ({
  page,
}, testInfo) => {
  // The locks are real time on the host: run once, not per orientation, and stop at the second
  // lock (30 s then 60 s shows it grows; the rest of the schedule, 120 s, 240 s …, is held by
  // pinGuard.test and throttle.test on a fake clock) — waiting out the 60 s lock to see 120 s
  // cost a minute of the suite for nothing this test adds.
  test.skip(testInfo.project.name !== 'portrait', 'one orientation is enough for a host-side lock')
  test.setTimeout(150_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-admin-lock-'))
  try {
    let { url } = await startHost(dataDir)
    const { admin } = await openAdminWithFirstPin(page, url, content, PIN)
    await admin.root.getByRole('button', { name: admin.ui('exit') }).tap()
    await expect(admin.root).toHaveCount(0)

    await admin.openByKeyboard()
    // The lock each failure earned, as the host reported it: none, none, 30 s, 60 s.
    const locks = ['0', '0', '30', '60']
    for (let attempt = 1; attempt <= locks.length; attempt++) {
      // Wait for the app to unlock the pad (its own countdown, then the host's answer).
      await expect(admin.pinState).toHaveAttribute('data-locked', 'false', { timeout: 75_000 })
      await admin.typePin('000000')
      await expect(admin.pinState).toHaveAttribute('data-failures', String(attempt))
      await expect(admin.pinState).toHaveAttribute('data-lock-seconds', locks[attempt - 1] ?? '')
    }
    await expect(admin.pinState).toHaveAttribute('data-locked', 'true')
    await expect(admin.okButton).toBeDisabled()

    await host?.stop()
    ;({ url } = await startHost(dataDir))
    await page.goto(url)
    await waitForReady(page)
    await admin.openByKeyboard()
    await expect(admin.pinState).toHaveAttribute('data-failures', String(locks.length))
    await expect(admin.pinState).toHaveAttribute('data-locked', 'true')
    await expect(admin.root.getByRole('button', { name: '1', exact: true })).toBeDisabled()
  } finally {
    await host?.stop()
    host = undefined
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('the PIN record deleted between restarts → "admin locked", never a first-PIN screen', async ({
  page,
}, testInfo) => {
  // Issue 16, finding 2: a lost record must fail closed, and say how to recover.
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-admin-lost-'))
  try {
    let { url } = await startHost(dataDir)
    const { admin } = await openAdminWithFirstPin(page, url, content, PIN)

    await host?.stop()
    rmSync(join(dataDir, 'admin'), { recursive: true, force: true })
    ;({ url } = await startHost(dataDir))
    await page.goto(url)
    await waitForReady(page)
    await admin.openByKeyboard()
    await expect(admin.heading('pin.lostTitle')).toBeVisible()
    await expect(admin.heading('pin.setTitle')).toHaveCount(0)
    await expect(admin.root.getByRole('button', { name: '1', exact: true })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
    await saveScreenshot(page, testInfo, 'zh-Hans', 'admin-locked')
  } finally {
    await host?.stop()
    host = undefined
    rmSync(dataDir, { recursive: true, force: true })
  }
})
