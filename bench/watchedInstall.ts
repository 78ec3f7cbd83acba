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
import { join } from 'node:path'
import type { Browser, Page } from 'playwright'
import type { Content } from '../common/content/schema'
import { defaultSettings } from '../common/settings/schema'
import {
  MANIFEST_NAME,
  PACKAGE_FOLDER,
  RESULTS_FOLDER,
  SIGNATURE_NAME,
} from '../common/update/manifest'
import {
  generateSigningKey,
  publicKeyFileText,
  type SecretSigningKey,
} from '../electron/services/updates/keys'
import { writePackage } from '../electron/services/updates/packageBuilder'
import { startHost } from './host'
import { freshContext } from './pageProbe'
import type { Figure } from './results'
import { median, round } from './stats'

const BUNDLED_CONTENT = 'resources/content/changchun.json'

/** Every hotline's Chinese name marked with the version, so the attract screen shows which. */
function markedContent(base: Content, version: number): Content {
  const next = structuredClone(base)
  next.dataset.contentVersion = version
  for (const phone of next.phones) phone.name['zh-Hans'] = `${phone.name['zh-Hans']} ·v${version}`
  return next
}

/**
 * Signs `content` into a staging folder, then moves the package into the watched folder the way
 * a sync engine finishes one: the files, the signature, and the manifest last. Resolves at the
 * moment the last file arrived.
 */
async function deliver(
  content: Content,
  key: SecretSigningKey,
  staging: string,
  watched: string,
): Promise<number> {
  const built = await writePackage(staging, {
    files: [{ name: 'content.json', role: 'content', bytes: Buffer.from(JSON.stringify(content)) }],
    key,
    contentVersion: content.dataset.contentVersion,
  })
  const target = join(watched, PACKAGE_FOLDER)
  mkdirSync(target, { recursive: true })
  for (const name of ['files', SIGNATURE_NAME, MANIFEST_NAME]) {
    rmSync(join(target, name), { recursive: true, force: true })
    renameSync(join(built.root, name), join(target, name))
  }
  return performance.now()
}

/** Waits until the kiosk has written `count` installed receipts into the watched folder. */
async function receiptsAtLeast(watched: string, count: number): Promise<void> {
  const results = join(watched, PACKAGE_FOLDER, RESULTS_FOLDER)
  const deadline = Date.now() + 120_000
  for (;;) {
    const names = existsSync(results) ? readdirSync(results) : []
    const installed = names.filter(
      (n) => n.endsWith('.json') && readFileSync(join(results, n), 'utf8').includes('"installed"'),
    )
    if (installed.length >= count) return
    if (Date.now() > deadline) throw new Error(`no receipt for install ${count} within 120 s`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Runs the kiosk's idle timers on Playwright's clock until the attract screen shows. */
async function toAttractScreen(page: Page): Promise<void> {
  const s = defaultSettings()
  await page.clock.runFor((s.idleSeconds + s.stillThereSeconds + 1) * 1000)
  await page.locator('[data-screen="attract"]').waitFor({ timeout: 30_000 })
  await page.clock.resume()
}

/**
 * Watched folder → screen (issue 20): a kiosk whose watched folder has policy `automatic`, idle
 * on its attract screen; a signed package's last file arrives; the figure is the time until the
 * attract screen shows the new content (its hotline names carry the version). Default settings,
 * so any settle wait (`updates.settleSeconds`) is in it, with the watcher noticing, verification
 * and the slot switch; the health check runs after the content is shown. Median of `runs`, one
 * host, versions counting up, each package only after the last one's receipt.
 */
export async function benchWatchedInstall(
  root: string,
  browser: Browser,
  scratch: string,
  kioskNow: string,
  runs: number,
): Promise<{ figures: Figure[]; raw: unknown }> {
  const work = mkdtempSync(join(scratch, 'watched-'))
  const watched = join(work, 'synced')
  const dataDir = join(work, 'data')
  mkdirSync(watched)
  mkdirSync(join(dataDir, 'keys'), { recursive: true })
  const key = generateSigningKey()
  writeFileSync(join(dataDir, 'keys', 'bench.pub'), publicKeyFileText(key))
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ updates: { watchFolders: [{ path: watched, policy: 'automatic' }] } }),
  )
  // The bundled content, as on a real kiosk: a host given --content previews that file instead.
  const base = JSON.parse(readFileSync(join(root, BUNDLED_CONTENT), 'utf8')) as Content
  const host = await startHost(root, { kioskNow, dataDir })
  const context = await freshContext(browser)
  const times: number[] = []
  try {
    const page = await context.newPage()
    await page.clock.install()
    await page.goto(host.url)
    await page.locator('body[data-ready]').waitFor({ timeout: 60_000 })
    await toAttractScreen(page)
    for (let i = 1; i <= runs; i++) {
      const version = base.dataset.contentVersion + i
      const arrived = await deliver(
        markedContent(base, version),
        key,
        join(work, `stage-${i}`),
        watched,
      )
      await page
        .locator('.attract-hotline-name', { hasText: `·v${version}` })
        .first()
        .waitFor({ timeout: 120_000 })
      times.push(performance.now() - arrived)
      // The next package only once this one passed its health check (its receipt is written).
      await receiptsAtLeast(watched, i)
    }
  } finally {
    await context.close()
    await host.stop()
    rmSync(work, { recursive: true, force: true })
  }
  const ms = median(times)
  return {
    figures: [
      {
        section: 'watched folder',
        name: `last file arrives → new content on an idle kiosk's screen (median of ${runs})`,
        value: round(ms),
        unit: 'ms',
        note: `default settings: folder polled every 1.5 s, settle wait ${defaultSettings().updates.settleSeconds} s`,
      },
    ],
    raw: { runs, timesMs: times.map((t) => round(t)) },
  }
}
