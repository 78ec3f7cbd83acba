import type { Page } from '@playwright/test'
import type { Content } from '../../common/content/schema'
import { AdminPage } from '../pages/AdminPage'
import { HomePage } from '../pages/HomePage'
import { KioskApp } from '../pages/KioskApp'
import { waitForReady } from './fixtures'

/** Loads the kiosk at `url` and waits for its home screen, as a visitor finds it. */
export async function openHome(
  page: Page,
  url: string,
  content: Content,
): Promise<{ app: KioskApp; home: HomePage }> {
  await page.goto(url)
  await waitForReady(page)
  const app = new KioskApp(page, content)
  const home = await new HomePage(app).shown()
  return { app, home }
}

/**
 * A brand-new kiosk (its host started with the on-screen first PIN) opened into admin mode by
 * the staff keyboard chord or the corner gesture, with `pin` set as its first PIN.
 */
export async function openAdminWithFirstPin(
  page: Page,
  url: string,
  content: Content,
  pin: string,
  open: 'keyboard' | 'gesture' = 'keyboard',
): Promise<{ app: KioskApp; admin: AdminPage }> {
  const { app } = await openHome(page, url, content)
  const admin = new AdminPage(app)
  if (open === 'keyboard') await admin.openByKeyboard()
  else await admin.openByGesture()
  await admin.setFirstPin(pin)
  return { app, admin }
}
