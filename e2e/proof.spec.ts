import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { main } from '../tools/cli'
import { captureIO } from '../tools/testIO'
import { expect, test } from './support/fixtures'
import { axeViolations } from './support/a11y'

// The proof a supervisor signs must open anywhere, offline, and be readable by everyone: it is
// opened from disk in Chromium with every request recorded, and checked with axe.
test.describe('the content proof (kiosk-content proof)', () => {
  test('opens offline with no request, marks changes and unconfirmed facts, passes axe', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'portrait', 'a document, not a screen: once is enough')
    // axe over the whole proof of the bundled content (~4,600 elements since the 2025/2026
    // sources added hotlines, FAQs and sources) takes 40–70 s on a loaded 2-core runner.
    test.setTimeout(120_000)
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-proof-'))
    const bundled = readFileSync('resources/content/changchun.json', 'utf8')
    const edited = JSON.parse(bundled) as {
      phones: { id: string; number: string }[]
      services: { id: string; benefits: { amountCny?: number }[] }[]
    }
    edited.phones.find((p) => p.id === 'hrss-12333')!.number = '0431-12333'
    const relief = edited.services.find((s) => s.benefits.some((b) => b.amountCny !== undefined))!
    const benefit = relief.benefits.find((b) => b.amountCny !== undefined)!
    const oldAmount = benefit.amountCny!
    benefit.amountCny = oldAmount + 200
    writeFileSync(join(dir, 'old.json'), bundled)
    writeFileSync(join(dir, 'new.json'), JSON.stringify(edited))
    const io = captureIO(dir)
    const code = await main(
      ['proof', 'new.json', '--against', 'old.json', '--out', 'proof.html'],
      io,
    )
    expect(io.stderr).toEqual([])
    expect(code).toBe(0)

    const url = pathToFileURL(join(dir, 'proof.html')).href
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    const consoleErrors: string[] = []
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
    await page.setViewportSize({ width: 1000, height: 1414 })
    await page.goto(url)
    expect(requests).toEqual([url])
    expect(consoleErrors).toEqual([])

    const summary = page.locator('section.summary')
    await expect(summary.locator('ul.headline').first()).toContainText('hrss-12333')
    await expect(summary.locator('ul.headline').first()).toContainText('12333 → 0431-12333')
    await expect(summary.locator('ul.headline').nth(1)).toContainText(
      `¥${oldAmount.toLocaleString('en-US')} → ¥${(oldAmount + 200).toLocaleString('en-US')}`,
    )
    await expect(page.locator('tr.changed').first()).toBeVisible()
    expect(await page.locator('tr.unconfirmed').count()).toBeGreaterThan(10)
    for (const lang of ['zh-Hans', 'en', 'ko']) {
      expect(await page.locator(`td[lang="${lang}"]`).count()).toBeGreaterThan(50)
    }
    await expect(page.getByRole('heading', { name: '审核签字 Sign-off' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    // One printed A4 page, as the office will see it (looked at by a person, not compared).
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.screenshot({ path: 'e2e/screenshots/proof/summary-a4.png' })
    await page.locator('article.has-changes').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'e2e/screenshots/proof/changed-item-a4.png' })
    await page.locator('section.signoff').scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'e2e/screenshots/proof/signoff-a4.png' })
  })
})
