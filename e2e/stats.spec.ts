import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { totalCounts } from '../common/stats/counters'
import { statsExportSchema, type DailyRecord } from '../common/stats/schema'
import { AdminPage } from './pages/AdminPage'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { axeViolations, smallTargets, smallText, touchTargets } from './support/a11y'
import { loadContent } from './support/content'
import { expect, LAYOUT, test, waitForReady } from './support/fixtures'
import { startKioskHost, type KioskHost } from './support/kioskHost'
import { PLACES_CONTENT } from './support/tour'

// Issue 7 "Done when": a visitor journey moves the right counters and the admin chart shows
// them; a report merged from three kiosk exports opens in Chromium with totals that match.
const content = loadContent(PLACES_CONTENT)
/** 22:30 in Changchun, inside the winter campaign the fixture's services belong to. */
const NIGHT = '2021-01-20T22:30:00+08:00'

let host: KioskHost | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test(
  'a visitor journey moves the right counters and the admin statistics chart them',
  LAYOUT,
  async ({ page }) => {
    host = await startKioskHost({
      contentFile: PLACES_CONTENT,
      kioskNow: NIGHT,
      firstPinOnScreen: true,
    })
    await page.clock.install()
    await page.goto(host.url)
    await waitForReady(page)
    const app = new KioskApp(page, content)
    const home = await new HomePage(app).shown()

    const shelter = await home.openCategory('shelter-tonight')
    await shelter.openService('rescue-station-help')
    await app.home()
    await app.switchLanguage('en')
    await home.openCategory('unpaid-wages')
    await app.home()
    // The renderer sends its batch on its own timer; the host's acceptance is the signal.
    await page.clock.runFor(2_100)
    await expect(page.locator('body')).toHaveAttribute('data-stats-sent', /^[1-9]\d*$/)

    const admin = new AdminPage(app)
    await admin.openByGesture()
    await admin.setFirstPin('482915')
    await admin.root.getByRole('tab', { name: admin.ui('tabs.stats') }).tap()
    const panel = admin.root.locator('[data-admin-panel="stats"]')
    await expect(panel).toBeVisible()

    const number = (key: string) => panel.locator(`[data-number="${key}"] dd`)
    await expect(number('sessions')).toHaveText('1')
    await expect(number('qrShown')).toHaveText('1')
    await expect(number('idleResets')).toHaveText('0')
    const bar = (chart: string, key: string) =>
      panel.locator(`[data-chart="${chart}"] [data-bar="${key}"]`)
    await expect(bar('needs', 'shelter-tonight')).toHaveAttribute('data-value', '1')
    await expect(bar('needs', 'unpaid-wages')).toHaveAttribute('data-value', '1')
    await expect(panel.locator('[data-chart="needs"] [data-bar]')).toHaveCount(2)
    await expect(bar('languages', 'zh-Hans')).toHaveAttribute('data-value', '1')
    await expect(bar('languages', 'en')).toHaveAttribute('data-value', '1')
    await expect(panel.locator('[data-chart="hours"] [data-hour="22"]')).toHaveAttribute(
      'data-value',
      '1',
    )
    await expect(panel.locator('[data-chart="hours"] [data-hour="10"]')).toHaveAttribute(
      'data-value',
      '0',
    )
    // Readable on the kiosk screen like every other screen: axe, 20 px text, 72 px targets.
    expect(await axeViolations(page)).toEqual([])
    expect(await smallText(page)).toEqual([])
    expect(smallTargets(await touchTargets(page))).toEqual([])
    await page.screenshot({ path: test.info().outputPath('stats-panel.png'), fullPage: true })
    // The bars are labelled with the need's name in the admin's language (English here).
    await expect(bar('needs', 'unpaid-wages')).toContainText(
      app.text(content.categories.find((c) => c.id === 'unpaid-wages')?.name).slice(0, 14),
    )
  },
)

/** Sessions per kiosk straight from the input files: each kiosk's day once, newest export wins. */
function sessionsInInputs(files: string[]): Map<string, number> {
  const days = new Map<string, { at: string; record: DailyRecord }>()
  for (const file of files) {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
    const parsed = statsExportSchema.parse(raw)
    for (const record of parsed.days) {
      const key = `${parsed.kioskId}|${record.day}`
      const seen = days.get(key)
      if (!seen || seen.at < parsed.exportedAt) days.set(key, { at: parsed.exportedAt, record })
    }
  }
  const sessions = new Map<string, number>()
  for (const [key, { record }] of days) {
    const kiosk = key.split('|')[0] ?? ''
    sessions.set(kiosk, (sessions.get(kiosk) ?? 0) + (totalCounts([record]).session ?? 0))
  }
  return sessions
}

function jsonFiles(stick: string): string[] {
  const dir = join(stick, 'KIOSK-STATS')
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => join(dir, n))
}

test('a report merged from three kiosk exports opens offline in Chromium with matching totals', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'portrait', 'the report does not depend on the kiosk screen')
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-report-'))
  try {
    cpSync(resolve('e2e/fixtures/stats'), dir, { recursive: true })
    const sticks = ['stick-a', 'stick-b', 'stick-c'].map((s) => join(dir, s))
    // A stick pulled out mid-write: the file ends half-way through.
    writeFileSync(join(dir, 'stick-c', 'KIOSK-STATS', 'broken.json'), '{"format": "relief-kio')
    const cli = resolve('tools/bin/kiosk-content.mjs')
    const run = spawnSync(
      process.execPath,
      [cli, 'stats', 'merge', ...sticks, '--out', 'report.html'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    )
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/skipped .*stick-c\/KIOSK-STATS\/broken\.json: not readable JSON/)

    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(pathToFileURL(join(dir, 'report.html')).href)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relief kiosk usage report')

    const fixtures = resolve('e2e/fixtures/stats')
    const expected = sessionsInInputs(
      ['stick-a', 'stick-b', 'stick-c'].flatMap((s) => jsonFiles(join(fixtures, s))),
    )
    expect([...expected.keys()].sort()).toEqual(['bus-1', 'hall-1', 'rail-1'])
    const sessions = (scope: string) =>
      page.locator(`[data-scope="${scope}"] [data-counter="session"]`)
    for (const [kiosk, count] of expected) await expect(sessions(kiosk)).toHaveText(String(count))
    const fleet = [...expected.values()].reduce((a, b) => a + b, 0)
    await expect(sessions('total')).toHaveText(String(fleet))

    await expect(page.locator('[data-scope="total"] svg[role="img"]')).toHaveCount(3)
    const csvRows = (await page.locator('#csv').innerText()).trim().split('\n').slice(1)
    const csvSessions = csvRows
      .map((row) => row.split(','))
      // Day rows (empty hour) carry every counter; hour rows only the hour's totals.
      .filter((cells) => cells[5] === 'session' && cells[4] === '')
      .reduce((n, cells) => n + Number(cells[6]), 0)
    expect(csvSessions).toBe(fleet)
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
