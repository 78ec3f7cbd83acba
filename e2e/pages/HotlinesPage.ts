import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { HotlinePage } from './HotlinePage'
import { ScreenPage } from './ScreenPage'

/** Every hotline, most important first. */
export class HotlinesPage extends ScreenPage {
  readonly name = 'hotlines'

  hotline(phoneId: string): Locator {
    const phone = byId(this.app.content.phones, phoneId, 'phone')
    return this.button(this.app.text(phone.name))
  }

  async openHotline(phoneId: string): Promise<HotlinePage> {
    await this.hotline(phoneId).first().tap()
    return new HotlinePage(this.app, phoneId).shown()
  }
}
