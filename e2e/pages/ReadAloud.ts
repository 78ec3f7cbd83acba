import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, type Locator } from '@playwright/test'
import { z } from 'zod'
import type { Content } from '../../common/content/schema'
import { speechLog, type SpeechLog } from '../support/fakeSpeech'
import type { Kiosk } from '../support/fixtures'
import type { Language } from '../support/i18n'
import { HomePage } from './HomePage'
import { KioskApp } from './KioskApp'
import type { ServicePage } from './ServicePage'

/** The service the read-aloud specs read: its page has amounts, steps and a hotline. */
export const SPEECH_SERVICE_ID = 'unpaid-wages-complaint'

/** Opens the kiosk in `lang` and walks home → "unpaid wages" → the speech service. */
export async function openSpeechService(
  kiosk: Kiosk,
  content: Content,
  lang: Language,
): Promise<ServicePage> {
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  await new HomePage(app).shown()
  if (lang !== app.lang) await app.switchLanguage(lang)
  const category = await new HomePage(app).openCategory('unpaid-wages')
  return category.openService(SPEECH_SERVICE_ID)
}

const speechStrings = z.object({ readAloud: z.string(), actions: z.string() })

/** The "Read aloud" label in `lang`, from the app's own `speech` resource file. */
export function readAloudLabel(lang: Language): string {
  const file = resolve('common/i18n/locales', lang, 'speech.json')
  return speechStrings.parse(JSON.parse(readFileSync(file, 'utf8'))).readAloud
}

/** The top bar's read-aloud toggle, over the fake speech engine (support/fakeSpeech.ts). */
export class ReadAloud {
  constructor(readonly app: KioskApp) {}

  get button(): Locator {
    return this.app.topBar.getByRole('button', { name: readAloudLabel(this.app.lang) })
  }

  /** Taps "Read aloud" and waits until the app says it is reading. */
  async start(): Promise<void> {
    await this.button.tap()
    await expect(this.button).toHaveAttribute('aria-pressed', 'true')
  }

  log(): Promise<SpeechLog> {
    return speechLog(this.app.page)
  }

  /** Waits until the app has handed `count` phrases or more to the voice, and returns them all. */
  async spoken(count = 1): Promise<SpeechLog['spoken']> {
    await expect.poll(async () => (await this.log()).spoken.length).toBeGreaterThanOrEqual(count)
    return (await this.log()).spoken
  }
}
