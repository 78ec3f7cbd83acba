import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import type { Content } from '../common/content/schema'
import { defaultSettings } from '../common/settings/schema'
import { formatPhone } from '../common/domain/phone'
import { kioskStatusPath, parseKioskStatus, type KioskStatus } from '../common/fleet/kioskStatus'
import { main } from '../tools/cli'
import type { FleetReport } from '../tools/fleet/assess'
import { sampleStatus } from '../tools/fleet/sampleStatus'
import { captureIO } from '../tools/testIO'
import { AttractPage } from './pages/AttractPage'
import { KioskApp } from './pages/KioskApp'
import { axeViolations } from './support/a11y'
import { byId, loadContent } from './support/content'
import { expect, test, waitForReady } from './support/fixtures'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import {
  pushNow,
  shareFolder,
  startSyncthing,
  syncthingMissing,
  type SyncthingNode,
} from './support/syncthing'

// Issue 20 item 6: a real sync engine, tested for real. Two Debian Syncthing instances on this
// machine — the office and one kiosk — share one folder send-and-receive. The office packs with
// the real `kiosk-content pack` into its side; the kiosk (browser host watching its side,
// policy automatic) installs it while idle; its receipt and heartbeat travel back; and
// `kiosk-content fleet` on the office's folder shows the kiosk at the new version. Then a package
// signed by an unknown key arrives and is refused, content unchanged. One setup for both.

const missing = syncthingMissing()
if (missing) console.log(`fleet.spec.ts skipped: ${missing}`)
test.skip(!!missing, missing ?? '')
test.skip(({ shell }) => shell === 'electron', 'watches a folder through the browser host')
test.describe.configure({ mode: 'serial' })

const FOLDER_ID = 'relief-fleet'
const KIOSK_ID = 'cc-rail-1'
const OTHER_KIOSK = 'cc-bus-2'
const PHONE = 'hrss-12333'
const NEW_NUMBER = '043188888888'
const bundled = loadContent()

type Fleet = {
  root: string
  office: SyncthingNode
  kiosk: SyncthingNode
  /** The office's side of the shared folder, and the kiosk's. */
  officeDir: string
  kioskDir: string
  host: KioskHost
  keys: { office: Key; stranger: Key }
}
type Key = { keyId: string; secret: string; pub: string }
let fleet: Fleet | undefined

/** Runs a `kiosk-content` command in-process in `cwd`, as the office would; throws on failure. */
async function kioskContent(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string }> {
  const io = captureIO(cwd)
  const code = await main(args, io)
  if (code === 2 || (code !== 0 && args[0] !== 'fleet'))
    throw new Error(
      `kiosk-content ${args.join(' ')} → ${code}\n${[...io.stdout, ...io.stderr].join('\n')}`,
    )
  return { code, out: io.stdout.join('\n') }
}

async function keygen(cwd: string, name: string): Promise<Key> {
  const dir = join(cwd, name)
  await kioskContent(cwd, 'keygen', '--out', dir)
  const secret = readdirSync(dir).find((f) => f.endsWith('.key'))
  if (!secret) throw new Error(`keygen wrote no secret key in ${dir}`)
  const keyId = secret.replace(/\.key$/, '')
  return { keyId, secret: join(dir, secret), pub: join(dir, `${keyId}.pub`) }
}

/**
 * Packs the bundled content with one hotline changed at `version` (into a staging folder), then
 * moves the package into the office's side of the shared folder the way docs/fleet.md says:
 * files first, manifest last, the kiosks' receipts in `results/` left alone.
 */
async function publish(f: Fleet, key: Key, version: number, number: string): Promise<void> {
  const next: Content = structuredClone(bundled)
  byId(next.phones, PHONE, 'phone').number = number
  const stage = join(f.root, `stage-${version}`)
  mkdirSync(stage, { recursive: true })
  writeFileSync(join(stage, 'content.json'), JSON.stringify(next, null, 2))
  await kioskContent(
    stage,
    ...['pack', '--content', 'content.json', '--key', key.secret, '--version', String(version)],
    ...['--out', 'out', '--targets', `${KIOSK_ID},group:canary`, '--allow-sample'],
  )
  const from = join(stage, 'out', 'KIOSK-UPDATE')
  const to = join(f.officeDir, 'KIOSK-UPDATE')
  mkdirSync(to, { recursive: true })
  for (const name of ['files', 'manifest.json.minisig', 'manifest.json']) {
    rmSync(join(to, name), { recursive: true, force: true })
    renameSync(join(from, name), join(to, name))
  }
}

/** The kiosk's receipts in a folder's `KIOSK-UPDATE/results/`, oldest first. */
function receipts(dir: string): { outcome: string; reason: string; contentVersion?: number }[] {
  const results = join(dir, 'KIOSK-UPDATE', 'results')
  if (!existsSync(results)) return []
  return readdirSync(results)
    .filter((n) => n.startsWith(`${KIOSK_ID}-`) && n.endsWith('.json'))
    .sort()
    .map(
      (n) => JSON.parse(readFileSync(join(results, n), 'utf8')) as ReturnType<typeof receipts>[0],
    )
}

/** The kiosk's own heartbeat file in a folder, parsed (undefined until it is there and whole). */
function kioskStatus(dir: string): KioskStatus | undefined {
  const file = join(dir, kioskStatusPath(KIOSK_ID))
  if (!existsSync(file)) return undefined
  const parsed = parseKioskStatus(readFileSync(file, 'utf8'))
  return parsed.ok ? parsed.status : undefined
}

/**
 * Lets the kiosk's idle timers run out on Playwright's clock (idle wait, then "Still there?")
 * until the attract screen shows — nobody is at the screen — then lets time flow again for the
 * install and its health check.
 */
async function showIdleScreen(page: Page): Promise<void> {
  const settings = defaultSettings()
  await page.clock.runFor((settings.idleSeconds + settings.stillThereSeconds + 1) * 1000)
  await new KioskApp(page, bundled).expectScreen('attract')
  await page.clock.resume()
}

/** The hotline numbers a visitor sees in the hotline bar. */
const hotlineNumbers = (page: Page) =>
  new KioskApp(page, bundled).hotlineBar.locator('.phone-number').allInnerTexts()

test.beforeAll(async () => {
  test.setTimeout(120_000)
  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-fleet-'))
  const officeDir = join(root, 'office-share')
  const kioskDir = join(root, 'kiosk-share')
  mkdirSync(officeDir)
  mkdirSync(kioskDir)
  // The first instance listens before the second starts (1.19 stalls when both dial at once).
  const office = await startSyncthing('office', root)
  const kiosk = await startSyncthing(KIOSK_ID, root)
  const [officeKey, strangerKey] = [
    await keygen(root, 'office-keys'),
    await keygen(root, 'stranger-keys'),
  ]
  // Another kiosk's heartbeat already at the office; this kiosk never needs it.
  mkdirSync(join(officeDir, 'KIOSK-STATUS'))
  writeFileSync(
    join(officeDir, kioskStatusPath(OTHER_KIOSK)),
    JSON.stringify(sampleStatus(OTHER_KIOSK, new Date().toISOString())),
  )
  // The kiosk takes packages but not the other kiosks' files: the ignore lines docs/fleet.md gives.
  writeFileSync(
    join(kioskDir, '.stignore'),
    [
      `!/KIOSK-STATUS/${KIOSK_ID}.json`,
      '/KIOSK-STATUS/*',
      `!/KIOSK-UPDATE/results/${KIOSK_ID}-*`,
      '/KIOSK-UPDATE/results/*',
      '',
    ].join('\n'),
  )
  await shareFolder(office, kiosk, FOLDER_ID, { office: officeDir, kiosk: kioskDir })
  const dataDir = join(root, 'kiosk-data')
  mkdirSync(join(dataDir, 'keys'), { recursive: true })
  writeFileSync(join(dataDir, 'keys', 'office.pub'), readFileSync(officeKey.pub))
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      kioskId: KIOSK_ID,
      groups: ['canary'],
      updates: {
        watchFolders: [{ path: kioskDir, policy: 'automatic', sendStatus: true }],
        // Looked at once still for a second: Syncthing delivers a package file by file, and one
        // receipt per package keeps the assertions exact (the default, 0, checks at once).
        settleSeconds: 1,
        automatic: { idleMinutes: 1, healthCheckSeconds: 30 },
      },
    }),
  )
  const host = await startKioskHost({ dataDir })
  fleet = {
    root,
    office,
    kiosk,
    officeDir,
    kioskDir,
    host,
    keys: { office: officeKey, stranger: strangerKey },
  }
})

test.afterAll(async () => {
  await fleet?.host.stop()
  await fleet?.kiosk.stop()
  await fleet?.office.stop()
  if (fleet) rmSync(fleet.root, { recursive: true, force: true })
})

test('the office packs into its side; the idle kiosk installs it; receipt and heartbeat come back; the fleet report shows the new version', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const f = fleet!
  const version = bundled.dataset.contentVersion + 1
  const newNumber = formatPhone(NEW_NUMBER)
  await page.clock.install()
  await page.goto(f.host.url)
  await waitForReady(page)
  expect(await hotlineNumbers(page)).not.toContain(newNumber)
  // Proof that no reload happens: a page reload would drop this.
  await page.evaluate(() => Object.assign(window, { e2eBeforeUpdate: true }))
  // Nobody at the screen: let the idle timers run out to the attract screen, then let time flow.
  await showIdleScreen(page)

  const earlier = receipts(f.kioskDir).length
  await publish(f, f.keys.office, version, NEW_NUMBER)
  await pushNow(f.office, f.kiosk, FOLDER_ID)
  // The kiosk installs unattended, proves the content on screen (health check), then receipts it.
  await expect
    .poll(() => receipts(f.kioskDir).slice(earlier), { timeout: 120_000 })
    .toEqual([expect.objectContaining({ outcome: 'installed', contentVersion: version })])
  await expect
    .poll(() => kioskStatus(f.kioskDir)?.content.version, { timeout: 30_000 })
    .toBe(version)
  // The next visitor sees the new number, without a reload.
  await new AttractPage(new KioskApp(page, bundled)).start()
  await expect(new KioskApp(page, bundled).hotlineBar.locator('.phone-number')).toContainText([
    newNumber,
  ])
  expect(await page.evaluate(() => 'e2eBeforeUpdate' in window)).toBe(true)

  await pushNow(f.kiosk, f.office, FOLDER_ID)
  expect(receipts(f.officeDir).slice(earlier)).toEqual([
    expect.objectContaining({ outcome: 'installed', contentVersion: version, policy: 'automatic' }),
  ])
  const { out } = await kioskContent(
    f.officeDir,
    'fleet',
    '.',
    '--out',
    'report/fleet.html',
    '--json',
  )
  const report = JSON.parse(out.slice(out.indexOf('{'))) as FleetReport
  expect(report.kiosks.map((k) => k.kioskId).sort()).toEqual([OTHER_KIOSK, KIOSK_ID])
  // …while the kiosk's ignore lines kept the other kiosk's file off it.
  expect(existsSync(join(f.kioskDir, kioskStatusPath(OTHER_KIOSK)))).toBe(false)
  const row = report.kiosks.find((k) => k.kioskId === KIOSK_ID)
  expect(row).toMatchObject({
    contentVersion: version,
    groups: ['canary'],
    lastInstall: { outcome: 'installed', contentVersion: version },
  })
  expect(report.newestPackage?.contentVersion).toBe(version)
  const codes = row?.attention.map((a) => a.code) ?? []
  for (const bad of [
    'silent',
    'content-behind',
    'install-failed',
    'rolled-back',
    'install-refused',
  ])
    expect(codes).not.toContain(bad)

  // The office's HTML report opens offline: no request beyond the file, axe clean.
  const url = pathToFileURL(join(f.officeDir, 'report', 'fleet.html')).href
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(url)
  expect(requests).toEqual([url])
  await expect(page.locator(`tr[data-kiosk="${KIOSK_ID}"] [data-content-version]`)).toHaveText(
    `v${version}`,
  )
  expect(await axeViolations(page)).toEqual([])
})

test('a package signed by an unknown key arrives through Syncthing: refused, receipt says so, content unchanged', async ({
  page,
}) => {
  const f = fleet!
  await page.goto(f.host.url)
  await waitForReady(page)
  // Whatever the kiosk shows now (the first test's version when it ran) must stay.
  const before = await hotlineNumbers(page)
  expect(before.length).toBeGreaterThan(0)
  const version = bundled.dataset.contentVersion + 5

  const earlier = receipts(f.kioskDir).length
  await publish(f, f.keys.stranger, version, '043187654321')
  await pushNow(f.office, f.kiosk, FOLDER_ID)
  // Refused at the signature, before the manifest is even parsed: the receipt names the key.
  const refused = {
    outcome: 'refused',
    reason: expect.stringContaining(`unknown key (key id ${f.keys.stranger.keyId})`),
  }
  await expect
    .poll(() => receipts(f.kioskDir).slice(earlier), { timeout: 30_000 })
    .toEqual([expect.objectContaining(refused)])
  await pushNow(f.kiosk, f.office, FOLDER_ID)
  expect(receipts(f.officeDir).slice(earlier)).toEqual([expect.objectContaining(refused)])
  expect(await hotlineNumbers(page)).toEqual(before)
})
