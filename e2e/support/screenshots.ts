import type { Page, TestInfo } from '@playwright/test'
import type { Language } from './i18n'

/**
 * Saves what a visitor sees as e2e/screenshots/<project>/<lang>/<screen>.png (gitignored) and
 * attaches it to the test report, so every screen can be reviewed in every orientation/language.
 */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  lang: Language,
  screen: string,
): Promise<void> {
  const path = `e2e/screenshots/${testInfo.project.name}/${lang}/${screen}.png`
  const body = await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
  await testInfo.attach(`${lang}/${screen}`, { body, contentType: 'image/png' })
}
