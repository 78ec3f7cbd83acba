import { expect } from '@playwright/test'
import { byId } from '../support/content'
import type { KioskApp } from './KioskApp'
import { ScreenPage } from './ScreenPage'

/** One hotline: what it is for, hours, the number big, a QR that dials it. */
export class HotlinePage extends ScreenPage {
  readonly name = 'hotline'

  constructor(
    app: KioskApp,
    readonly phoneId: string,
  ) {
    super(app)
  }

  override async shown(): Promise<this> {
    await super.shown()
    const phone = byId(this.app.content.phones, this.phoneId, 'phone')
    await expect(this.title).toContainText(this.app.text(phone.name))
    return this
  }
}
