import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { contractRoute } from '../../common/api/contract'
import { main as kioskContentMain } from '../../tools/cli'
import { captureIO } from '../../tools/testIO'
import { expect, test } from './fixtures'
import { t } from './i18n'
import { startKioskHost, type KioskHost } from './kioskHost'

// The staff side of installing an update package, shared by the specs that drive it end to end.

const staff = (key: string) => t('zh-Hans', key, {}, 'staff')

/** Where a test of a watched-folder spec works: its own folder, and the host it started. */
export type Workspace = { work: string; host: KioskHost | undefined }

/**
 * Gives each test of the calling spec a fresh work folder (removed afterwards) and stops the host
 * it started. The host watches folders through the browser host's flags, so no Electron shell.
 */
export function useWorkspace(prefix: string): Workspace {
  const ws: Workspace = { work: '', host: undefined }
  test.skip(({ shell }) => shell === 'electron', 'watches a folder through the browser host flags')
  test.beforeEach(() => {
    ws.work = mkdtempSync(join(tmpdir(), prefix))
  })
  test.afterEach(async () => {
    await ws.host?.stop()
    ws.host = undefined
    rmSync(ws.work, { recursive: true, force: true })
  })
  return ws
}

/**
 * Runs the staff CLI, `kiosk-content ...args`, with this Node in the test's work folder, as the
 * content office would (relative paths are under `ws.work`); throws if the command fails. For
 * the specs about the office's own path through the command (contentOffice.spec.ts).
 */
export function kioskContentBin(ws: Workspace, ...args: string[]): string {
  return execFileSync(process.execPath, [resolve('tools/bin/kiosk-content.mjs'), ...args], {
    cwd: ws.work,
    encoding: 'utf8',
  })
}

/**
 * `kiosk-content ...args` in this worker, in the test's work folder: the same command code the
 * bin runs (its main()), without a new Node that compiles the CLI with tsx first — about two
 * seconds a run, and a spec that makes keys and packages runs several. Resolves to what it
 * printed on stdout; throws with all its output if it fails.
 */
export async function kioskContent(ws: Workspace, ...args: string[]): Promise<string> {
  const io = captureIO(ws.work)
  const code = await kioskContentMain(args, io)
  if (code !== 0) {
    const output = [...io.stdout, ...io.stderr].join('\n')
    throw new Error(`kiosk-content ${args.join(' ')} exited with ${code}:\n${output}`)
  }
  return io.stdout.join('\n')
}

/**
 * A browser host on `<work>/data` watching the empty folder `<work>/<folder>` (the package is
 * moved in later, at once, like a mount), kept in `ws` so that it is stopped after the test.
 * `trustedPub` is trusted like a key an administrator added on the kiosk, never written into
 * resources/keys.
 */
export async function startWatchingHost(
  ws: Workspace,
  folder: string,
  trustedPub?: string,
): Promise<{ host: KioskHost; watched: string }> {
  const { work } = ws
  const dataDir = join(work, 'data')
  mkdirSync(join(dataDir, 'keys'), { recursive: true })
  if (trustedPub) copyFileSync(trustedPub, join(dataDir, 'keys', 'office.pub'))
  const watched = join(work, folder)
  mkdirSync(watched)
  const host = await startKioskHost({ dataDir, watch: [watched], firstPinOnScreen: true })
  ws.host = host
  return { host, watched }
}

/** Sets the first admin PIN through the contract route, as the on-screen first-PIN screen does. */
export async function setFirstPinOverApi(page: Page, url: string, pin: string): Promise<void> {
  const token = await page.locator('meta[name="kiosk-token"]').getAttribute('content')
  const route = contractRoute('admin', 'setFirstPin')
  const reply = await page.request.post(new URL(route.path, url).href, {
    headers: { 'X-Kiosk-Token': token ?? '' },
    data: [pin],
  })
  expect(reply.ok(), await reply.text()).toBe(true)
}

/** The PIN pad the update dialog asks for before it installs. */
export const installPinPad = (page: Page): Locator =>
  page.getByRole('dialog', { name: staff('pin.title') })

/** Types `pin` on the pad and confirms it. */
export async function enterPin(pad: Locator, pin: string): Promise<void> {
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap()
  await pad.getByRole('button', { name: t('zh-Hans', 'pin.ok', {}, 'admin') }).tap()
}

/** Checks the result dialog says the package was installed, and closes it. */
export async function closeInstalledResult(page: Page): Promise<void> {
  const result = page.getByRole('dialog', { name: staff('installed.title') })
  await expect(result.locator('[data-update-result="installed"]')).toBeVisible()
  await result.getByRole('button', { name: staff('close') }).tap()
  await expect(page.getByRole('dialog')).toHaveCount(0)
}
