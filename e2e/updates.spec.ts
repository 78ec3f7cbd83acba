import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Content } from '../common/content/schema'
import { formatPhone } from '../common/domain/phone'
import { KioskApp } from './pages/KioskApp'
import { axeViolations, smallTargets, smallText, touchTargets } from './support/a11y'
import { byId, loadContent } from './support/content'
import { expect, LAYOUT, test, waitForReady } from './support/fixtures'
import { t } from './support/i18n'
import {
  closeInstalledResult,
  enterPin,
  installPinPad,
  kioskContent,
  setFirstPinOverApi,
  startWatchingHost,
  useWorkspace,
} from './support/updateInstall'

// Issue 5 "Done when" (e2e): a folder made to look like a mounted stick appears while the
// browser host runs → the staff screen shows the diff and the signer → PIN → install → visitors
// see the new content without a restart; and a refused stick leaves the visitor's screen alone.
// Keys and packages are made with the real `kiosk-content keygen` and `pack` commands (their
// main(), in the worker: support/updateInstall.ts).

const PIN = '271828'
const PHONE = 'hrss-12333'
const NEW_NUMBER = '043188888888'
const bundled = loadContent()
const zh = (key: string, vars?: Record<string, string | number>) => t('zh-Hans', key, vars, 'staff')

const ws = useWorkspace('kiosk-e2e-updates-')

/** A new signing key pair in `work/<name>`; returns its key id and file paths. */
async function keygen(name: string): Promise<{ keyId: string; secret: string; pub: string }> {
  const dir = join(ws.work, name)
  await kioskContent(ws, 'keygen', '--out', dir)
  const secret = readdirSync(dir).find((f) => f.endsWith('.key'))
  if (!secret) throw new Error(`keygen wrote no secret key in ${dir}`)
  const keyId = secret.replace(/\.key$/, '')
  return { keyId, secret: join(dir, secret), pub: join(dir, `${keyId}.pub`) }
}

/** The bundled content with one hotline's number changed, packed at the next version. */
async function packNewContent(secret: string): Promise<{ root: string; version: number }> {
  const next: Content = structuredClone(bundled)
  byId(next.phones, PHONE, 'phone').number = NEW_NUMBER
  const version = bundled.dataset.contentVersion + 1
  const file = join(ws.work, 'draft', 'content.json')
  mkdirSync(join(ws.work, 'draft'), { recursive: true })
  writeFileSync(file, JSON.stringify(next, null, 2))
  const out = join(ws.work, 'packed')
  await kioskContent(
    ws,
    'pack',
    '--content',
    file,
    '--key',
    secret,
    '--version',
    String(version),
    '--out',
    out,
    // The bundled content is sample content; packing it is deliberate here.
    '--allow-sample',
  )
  return { root: join(out, 'KIOSK-UPDATE'), version }
}

/** The kiosk starts with an empty watched folder; the package is moved in at once, like a mount. */
async function startStickHost(trustedPub?: string): Promise<{ stick: string; url: string }> {
  const { host, watched } = await startWatchingHost(ws, 'stick', trustedPub)
  return { stick: watched, url: host.url }
}

test(
  'a signed stick appears → staff see signer and diff → PIN → visitors see the new hotline',
  LAYOUT,
  async ({ page }) => {
    const key = await keygen('office-keys')
    const pkg = await packNewContent(key.secret)
    const { stick, url } = await startStickHost(key.pub)
    await page.goto(url)
    await waitForReady(page)
    await setFirstPinOverApi(page, url, PIN)
    const app = new KioskApp(page, bundled)
    await app.expectScreen('home')
    const before = formatPhone(byId(bundled.phones, PHONE, 'phone').number)
    const numbers = app.hotlineBar.locator('.phone-number')
    const numbersBefore = await numbers.allInnerTexts()
    expect(numbersBefore).toContain(before)
    // Proof that no reload happens: a page reload would drop this.
    await page.evaluate(() => Object.assign(window, { e2eBeforeUpdate: true }))

    renameSync(pkg.root, join(stick, 'KIOSK-UPDATE'))
    const dialog = page.getByRole('dialog', { name: zh('ready.title') })
    await expect(dialog).toBeVisible()
    await expect(dialog.locator(`[data-signer="${key.keyId}"]`)).toContainText(key.keyId)
    await expect(dialog).toContainText(
      zh('review.versionChange', { before: bundled.dataset.contentVersion, after: pkg.version }),
    )
    const phonesRow = dialog.locator('[data-collection="phones"] td')
    await expect(phonesRow).toHaveText(['0', '1', '0'])
    const change = dialog.locator(`[data-phone="${PHONE}"]`)
    await expect(change).toHaveAttribute('data-change', 'changed')
    await expect(change).toContainText(
      zh('review.phoneChanged', { before, after: formatPhone(NEW_NUMBER) }),
    )
    expect(await axeViolations(page)).toEqual([])
    expect(smallTargets(await touchTargets(page))).toEqual([])
    expect(await smallText(page)).toEqual([])

    // Staff also take the anonymous counters home on the same stick (issues 5 and 7).
    const statsChoice = dialog.getByRole('checkbox', { name: zh('statsChoice.label') })
    await expect(statsChoice).not.toBeChecked()
    await statsChoice.tap()
    await expect(statsChoice).toBeChecked()

    await dialog.getByRole('button', { name: zh('ready.install') }).tap()
    const pad = installPinPad(page)
    await expect(pad).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    expect(smallTargets(await touchTargets(page))).toEqual([])
    await enterPin(pad, PIN)

    await closeInstalledResult(page)

    await expect(numbers).toHaveText(
      numbersBefore.map((n) => (n === before ? formatPhone(NEW_NUMBER) : n)),
    )
    expect(await page.evaluate(() => 'e2eBeforeUpdate' in window)).toBe(true)
    const results = join(stick, 'KIOSK-UPDATE', 'results')
    const receipts = readdirSync(results).sort()
    expect(receipts).toHaveLength(2)
    const [csvName, jsonName] = receipts
    expect(csvName).toBe(jsonName?.replace(/\.json$/, '.csv'))
    const receipt = JSON.parse(readFileSync(join(results, jsonName ?? ''), 'utf8')) as {
      kioskId: string
    }
    expect(receipt).toMatchObject({
      outcome: 'installed',
      contentVersion: pkg.version,
      stats: {
        kioskId: receipt.kioskId,
        siteId: expect.stringMatching(
          new RegExp(`^(${bundled.kioskSites.map((k) => k.id).join('|')})$`),
        ),
        contentVersion: pkg.version,
      },
    })
    const csv = readFileSync(join(results, csvName ?? ''), 'utf8')
    expect(csv.split('\n')[0]).toBe('kiosk_id,site_id,content_version,period,hour,counter,count')
  },
)

test(
  'a stick signed by an unknown key is refused without interrupting the visitor',
  LAYOUT,
  async ({ page }) => {
    const trusted = await keygen('office-keys')
    const stranger = await keygen('stranger-keys')
    const pkg = await packNewContent(stranger.secret)
    const { stick, url } = await startStickHost(trusted.pub)
    await page.goto(url)
    await waitForReady(page)
    const app = new KioskApp(page, bundled)
    await app.expectScreen('home')
    const before = formatPhone(byId(bundled.phones, PHONE, 'phone').number)
    const numbers = app.hotlineBar.locator('.phone-number')
    const numbersBefore = await numbers.allInnerTexts()
    await app.hotlineBar
      .getByRole('button')
      .filter({ has: page.locator('.phone-number', { hasText: before }) })
      .tap()
    await app.expectScreen('hotline')
    const heading = await page.getByRole('heading', { level: 1 }).innerText()

    renameSync(pkg.root, join(stick, 'KIOSK-UPDATE'))
    const note = page.getByRole('complementary', { name: zh('indicator.label') })
    await expect(note).toContainText(zh('refusal.unknown-key'))
    await expect(note).toContainText(stranger.keyId)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await app.expectScreen('hotline')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(numbers).toHaveText(numbersBefore)
    expect(await axeViolations(page)).toEqual([])
    expect(await smallText(page)).toEqual([])

    // The visitor carries on: the screen still answers taps.
    await app.back()
    await app.expectScreen('home')
    // Staff pull the stick out: the note goes.
    rmSync(join(stick, 'KIOSK-UPDATE'), { recursive: true, force: true })
    await expect(note).toHaveCount(0)
  },
)
