import { copyFileSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { BASEMAP_SITE } from './support/basemapFixture'
import { expect, test } from './support/fixtures'
import { t } from './support/i18n'
import { startKioskHost } from './support/kioskHost'
import { CAMPAIGN_NOW, PLACES_CONTENT } from './support/tour'
import {
  closeInstalledResult,
  enterPin,
  installPinPad,
  kioskContent,
  setFirstPinOverApi,
  useWorkspace,
} from './support/updateInstall'
import { writePlacesWithBasemap } from '../tools/basemap/placesWithBasemap'

// Issue 21: a street map packed with `kiosk-content pack --basemap` arrives on a stick, is
// installed through the normal staff flow (signer, PIN), and the place page then draws it from
// the installed slot by range requests.
const ws = useWorkspace('kiosk-e2e-street-map-')
const PIN = '314159'

test('a packed street map installs through the update flow and the place page draws it', async ({
  page,
}) => {
  const keys = join(ws.work, 'office-keys')
  await kioskContent(ws, 'keygen', '--out', keys)
  const keyId = readdirSync(keys)
    .find((f) => f.endsWith('.key'))!
    .replace(/\.key$/, '')
  const { contentFile, content } = writePlacesWithBasemap(
    PLACES_CONTENT,
    join(ws.work, 'office'),
    BASEMAP_SITE,
  )
  const version = content.dataset.contentVersion + 1
  const packed = await kioskContent(
    ws,
    'pack',
    '--content',
    contentFile,
    '--key',
    join(keys, `${keyId}.key`),
    '--version',
    String(version),
    '--out',
    'packed',
    '--basemap',
    join(ws.work, 'office', 'basemap.pmtiles'),
    '--allow-sample',
  )
  expect(packed).toMatch(/street map: [\d.]+ KB, zoom 12–15/)

  const dataDir = join(ws.work, 'data')
  mkdirSync(join(dataDir, 'keys'), { recursive: true })
  copyFileSync(join(keys, `${keyId}.pub`), join(dataDir, 'keys', 'office.pub'))
  const stick = join(ws.work, 'stick')
  mkdirSync(stick)
  ws.host = await startKioskHost({
    dataDir,
    watch: [stick],
    firstPinOnScreen: true,
    kioskNow: CAMPAIGN_NOW,
  })
  await page.goto(ws.host.url)
  await expect(page.locator('body[data-ready="true"]')).toBeVisible()
  await setFirstPinOverApi(page, ws.host.url, PIN)

  renameSync(join(ws.work, 'packed', 'KIOSK-UPDATE'), join(stick, 'KIOSK-UPDATE'))
  const dialog = page.getByRole('dialog', { name: t('zh-Hans', 'ready.title', {}, 'staff') })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: t('zh-Hans', 'ready.install', {}, 'staff') }).tap()
  await enterPin(installPinPad(page), PIN)
  await closeInstalledResult(page)

  const app = new KioskApp(page, content)
  const category = await new HomePage(app).openCategory('shelter-tonight')
  const place = await category.openNearestPlace('overnight-warming-shelter')
  await expect(place.root.locator('[data-map="street"]')).toHaveAttribute(
    'data-map-state',
    'painted',
  )
})
