import { readdirSync, readFileSync, renameSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Content } from '../common/content/schema'
import { formatPhone } from '../common/domain/phone'
import { cellOf, editWorkbook } from '../tools/sheet/testWorkbook'
import { KioskApp } from './pages/KioskApp'
import { byId, loadContent } from './support/content'
import { expect, test, waitForReady } from './support/fixtures'
import { t } from './support/i18n'
import {
  closeInstalledResult,
  enterPin,
  installPinPad,
  kioskContentBin,
  setFirstPinOverApi,
  startWatchingHost,
  useWorkspace,
} from './support/updateInstall'

// Issue 14 "Done when": the content office's whole path with the real commands. Export the
// bundled content to a workbook, change a phone number and an address in it through exceljs (as
// a clerk would in Excel or WPS), import, pack, let the kiosk find the package in its watched
// folder, install through the staff flow, and a visitor sees the new number.

const PIN = '314159'
const PHONE = 'hrss-12333'
const NEW_NUMBER = '043188889999'
const PLACE = 'changchun-rescue-station'
const NEW_ADDRESS = '长春市测试路1号（测试地址）'
const bundled = loadContent()
const zh = (key: string, vars?: Record<string, string | number>) => t('zh-Hans', key, vars, 'staff')

const ws = useWorkspace('kiosk-e2e-office-')

test('workbook edit → import → pack → staff install → visitors see the new number', async ({
  page,
}) => {
  kioskContentBin(
    ws,
    'sheet',
    'export',
    resolve('resources/content/changchun.json'),
    '--out',
    'content.xlsx',
  )
  await editWorkbook(join(ws.work, 'content.xlsx'), (wb) => {
    cellOf(wb, '电话', PHONE, 'number').value = NEW_NUMBER
    cellOf(wb, '地点', PLACE, 'address.zh-Hans').value = NEW_ADDRESS
    // The office has confirmed its facts: this is no longer demonstration content.
    cellOf(wb, '数据集', bundled.dataset.id, 'sample').value = false
  })
  kioskContentBin(ws, 'sheet', 'import', 'content.xlsx', '--out', 'content.json')
  const imported = JSON.parse(readFileSync(join(ws.work, 'content.json'), 'utf8')) as Content
  expect(byId(imported.phones, PHONE, 'phone').number).toBe(NEW_NUMBER)
  expect(byId(imported.locations, PLACE, 'place').address?.['zh-Hans']).toBe(NEW_ADDRESS)

  kioskContentBin(ws, 'keygen', '--out', 'office-keys')
  const secret = readdirSync(join(ws.work, 'office-keys')).find((f) => f.endsWith('.key'))!
  const version = bundled.dataset.contentVersion + 1
  const key = ['--key', join('office-keys', secret), '--version', String(version)]
  kioskContentBin(ws, 'pack', '--content', 'content.json', ...key, '--out', 'packed')

  const pub = join(ws.work, 'office-keys', secret.replace(/\.key$/, '.pub'))
  const { host, watched } = await startWatchingHost(ws, 'synced', pub)
  await page.goto(host.url)
  await waitForReady(page)
  await setFirstPinOverApi(page, host.url, PIN)
  const app = new KioskApp(page, bundled)
  await app.expectScreen('home')
  const before = formatPhone(byId(bundled.phones, PHONE, 'phone').number)
  const numbers = app.hotlineBar.locator('.phone-number')
  const numbersBefore = await numbers.allInnerTexts()
  expect(numbersBefore).toContain(before)

  renameSync(join(ws.work, 'packed', 'KIOSK-UPDATE'), join(watched, 'KIOSK-UPDATE'))
  const dialog = page.getByRole('dialog', { name: zh('ready.title') })
  await expect(dialog).toBeVisible()
  const change = dialog.locator(`[data-phone="${PHONE}"]`)
  await expect(change).toContainText(
    zh('review.phoneChanged', { before, after: formatPhone(NEW_NUMBER) }),
  )
  await dialog.getByRole('button', { name: zh('ready.install') }).tap()
  await enterPin(installPinPad(page), PIN)
  await closeInstalledResult(page)

  await expect(numbers).toHaveText(
    numbersBefore.map((n) => (n === before ? formatPhone(NEW_NUMBER) : n)),
  )
})
