import type { Page } from '@playwright/test'
import { AdminPage } from './pages/AdminPage'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { loadContent } from './support/content'
import { expect, test, type Kiosk } from './support/fixtures'
import { CAMPAIGN_NOW, PLACES_CONTENT } from './support/tour'

// Finding 13 of the 2026 review: zod's `Function('')` probe ran in a shared chunk before the
// entry chunk switched zod to jitless, so Chromium reported a CSP violation on every start. Each
// top-level page is loaded fresh and must log no console error, page error or CSP violation.
test.use({ contentFile: PLACES_CONTENT, kioskNow: CAMPAIGN_NOW })
const content = loadContent(PLACES_CONTENT)

/** Everything the page complains about, from before its first script runs. */
async function watchComplaints(page: Page): Promise<string[]> {
  const complaints: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') complaints.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (err) => complaints.push(`page error: ${err.message}`))
  await page.exposeFunction('__reportCspViolation', (line: string) => complaints.push(line))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation(line: string): void })
        .__reportCspViolation
      report(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || '(inline or eval)'}`)
    })
  })
  return complaints
}

const pages: [string, (app: KioskApp, home: HomePage) => Promise<unknown>][] = [
  ['home', async () => {}],
  ['a need', (_app, home) => home.openCategory('shelter-tonight')],
  ['places', async (_app, home) => (await home.openCategory('shelter-tonight')).openPlaces()],
  ['FAQs', async (_app, home) => (await home.openCategory('shelter-tonight')).openFaqs()],
  ['the screener', (_app, home) => home.openScreener()],
  ['hotlines', (_app, home) => home.openHotlines()],
  [
    'admin mode',
    async (app) => {
      const admin = new AdminPage(app)
      await admin.openByGesture()
      await expect(admin.root).toHaveAttribute('data-admin-mode', /.+/)
    },
  ],
]

async function open(kiosk: Kiosk): Promise<{ app: KioskApp; home: HomePage }> {
  await kiosk.open({ fakeClock: true })
  const app = new KioskApp(kiosk.page, content)
  return { app, home: await new HomePage(app).shown() }
}

for (const [name, reach] of pages) {
  test(`loading ${name} logs no console error or CSP violation`, async ({ kiosk }) => {
    const complaints = await watchComplaints(kiosk.page)
    const { app, home } = await open(kiosk)
    await reach(app, home)
    // Lazy chunks of the page are in by now; let any late report arrive before judging.
    await kiosk.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
    expect(complaints).toEqual([])
  })
}
