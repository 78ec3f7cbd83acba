import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import type { Content } from '../common/content/schema'
import { KIOSK_STATUS_FOLDER, parseKioskStatus } from '../common/fleet/kioskStatus'
import { loadContent } from './support/content'
import { expect, test, waitForReady } from './support/fixtures'
import { startKioskHost } from './support/kioskHost'
import { kioskContent, useWorkspace } from './support/updateInstall'

// Issue 20, kiosk side, on the browser host with the real renderer: a package arriving in an
// `automatic` folder is installed while the attract screen is up and kept after the renderer's
// health check; a package that passes every check but breaks a need tile on screen (the
// test-only fault hook) is rolled back by itself, with the reason in the receipt and the status
// file. Waits on files the kiosk writes and on the host's own answers, never on time.

const bundled = loadContent()
const ws = useWorkspace('kiosk-e2e-auto-')
const KIOSK_ID = 'e2e-auto-1'

/** Packs `content` at `version` and moves it into `share` in one rename, as a sync engine does. */
async function deliver(
  share: string,
  secret: string,
  content: Content,
  version: number,
): Promise<void> {
  const draft = join(ws.work, `draft-${version}`)
  mkdirSync(draft, { recursive: true })
  writeFileSync(join(draft, 'content.json'), JSON.stringify(content, null, 2))
  const out = join(ws.work, `packed-${version}`)
  await kioskContent(
    ws,
    'pack',
    '--content',
    join(draft, 'content.json'),
    '--key',
    secret,
    '--version',
    String(version),
    '--out',
    out,
    '--allow-sample',
  )
  // The office replaces the package; the receipts already in the folder stay, as in a synced share.
  const results = join(share, 'KIOSK-UPDATE', 'results')
  if (existsSync(results)) renameSync(results, join(out, 'KIOSK-UPDATE', 'results'))
  rmSync(join(share, 'KIOSK-UPDATE'), { recursive: true, force: true })
  renameSync(join(out, 'KIOSK-UPDATE'), join(share, 'KIOSK-UPDATE'))
}

/** The receipts the kiosk wrote into the shared folder, oldest first. */
function receipts(share: string): { outcome: string; reason: string; contentVersion?: number }[] {
  const dir = join(share, 'KIOSK-UPDATE', 'results')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as never)
}

test('automatic folder: installs on the attract screen, rolls back content that breaks a need tile', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'portrait', 'host-side behaviour: one orientation is enough')
  // Two installs, each through the real renderer's health check.
  test.setTimeout(120_000)
  await kioskContent(ws, 'keygen', '--out', 'office')
  const secret = join(
    ws.work,
    'office',
    readdirSync(join(ws.work, 'office')).find((f) => f.endsWith('.key'))!,
  )
  const dataDir = join(ws.work, 'data')
  const share = join(ws.work, 'share')
  mkdirSync(join(dataDir, 'keys'), { recursive: true })
  mkdirSync(share)
  writeFileSync(join(dataDir, 'keys', 'office.pub'), readFileSync(secret.replace(/\.key$/, '.pub')))
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      kioskId: KIOSK_ID,
      groups: ['canary'],
      updates: {
        watchFolders: [{ path: share, policy: 'automatic', sendStatus: true }],
        automatic: { idleMinutes: 60, healthCheckSeconds: 30 },
      },
    }),
  )
  const host = await startKioskHost({ dataDir, testFaults: true })
  ws.host = host
  const contentVersion = async () =>
    (
      (await (await page.request.get(new URL('/api/content/get', host.url).href)).json()) as {
        content: Content
      }
    ).content.dataset.contentVersion

  // Nobody at the kiosk: run the renderer's own idle timer on to the attract screen.
  await page.clock.install()
  await page.goto(host.url)
  await waitForReady(page)
  const settings = { idle: 60_000, prompt: 20_000 }
  await page.clock.runFor(settings.idle + settings.prompt + 1_000)
  await expect(page.locator('[data-route="attract"]')).toBeVisible()

  // 1. A good package for group:canary: installed unattended and kept after the health check.
  const good = structuredClone(bundled)
  const v1 = bundled.dataset.contentVersion + 1
  await deliver(share, secret, good, v1)
  await expect
    .poll(() => receipts(share).map((r) => r.outcome), { timeout: 60_000 })
    .toEqual(['installed'])
  expect(receipts(share)[0]!.reason).toMatch(/health check passed/)
  expect(await contentVersion()).toBe(v1)

  // 2. Valid content whose new need breaks on screen (the armed test fault): rolled back.
  // Every reference renamed, so the content stays valid and the need stays on the home screen.
  const broken = JSON.parse(
    JSON.stringify(bundled).replaceAll('"unpaid-wages"', '"test-fault-wages"'),
  ) as Content
  const v2 = v1 + 1
  await deliver(share, secret, broken, v2)
  await expect
    .poll(() => receipts(share).map((r) => r.outcome), { timeout: 60_000 })
    .toEqual(['installed', 'rolled-back'])
  expect(receipts(share)[1]!.reason).toMatch(
    new RegExp(
      `version ${v2} failed its health check .*test-fault-wages.*rolled back to content version ${v1}`,
    ),
  )
  expect(await contentVersion()).toBe(v1)
  // The visitor's screen was never taken over.
  await expect(page.locator('[data-route="attract"]')).toBeVisible()

  // The heartbeat after the rollback tells the office, with no visitor data in it.
  const statusFile = join(share, KIOSK_STATUS_FOLDER, `${KIOSK_ID}.json`)
  await expect
    .poll(() => {
      const parsed = existsSync(statusFile)
        ? parseKioskStatus(readFileSync(statusFile, 'utf8'))
        : undefined
      return parsed?.ok ? parsed.status.lastInstall?.outcome : undefined
    })
    .toBe('rolled-back')
  const status = parseKioskStatus(readFileSync(statusFile, 'utf8'))
  expect(status.ok && status.status).toMatchObject({
    kioskId: KIOSK_ID,
    groups: ['canary'],
    content: { version: v1 },
    rejectedVersions: [v2],
  })
})
