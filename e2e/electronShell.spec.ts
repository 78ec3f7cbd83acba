import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { loadContent } from './support/content'
import { expect, test } from './support/fixtures'

// Runs only in the `electron` project (the kiosk fixture skips it, with the reason, when no
// Electron binary exists). The browser host has no shell to lock down.
test.describe('Electron shell lockdown', () => {
  test('navigating away and window.open do nothing', async ({ kiosk }) => {
    await kiosk.open()
    const electronApp = kiosk.electronApp
    if (!electronApp) throw new Error('this spec needs the electron project')
    const page = kiosk.page
    await new HomePage(new KioskApp(page, loadContent())).shown()
    const startUrl = page.url()
    await page.evaluate(() => {
      document.body.dataset.e2eMarker = 'same document'
    })

    // Wait on the shell's own will-navigate event, so the check runs after it decided.
    const attempted = electronApp.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => {
          BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (_event, url) =>
            resolve(url),
          )
        }),
    )
    await electronApp.evaluate(() => 'listener registered')
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    expect(await attempted).toBe('https://example.com/')
    const mainUrl = await electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
    )
    expect(mainUrl).toBe(startUrl)
    expect(await page.evaluate(() => document.body.dataset.e2eMarker)).toBe('same document')

    const denied = await page.evaluate(() => window.open('https://example.com/', '_blank') === null)
    expect(denied).toBe(true)
    expect(electronApp.windows()).toHaveLength(1)
    await new HomePage(new KioskApp(page, loadContent())).shown()
  })
})
