import { expect, type Locator } from '@playwright/test'
import { byId } from '../support/content'
import type { KioskApp } from './KioskApp'
import { PlacePage } from './PlacePage'
import { ScreenPage } from './ScreenPage'

/** A relief programme: who it is for, what you get, how to apply, where to go, QR. */
export class ServicePage extends ScreenPage {
  readonly name = 'service'

  constructor(
    app: KioskApp,
    readonly serviceId: string,
  ) {
    super(app)
  }

  get service() {
    return byId(this.app.content.services, this.serviceId, 'service')
  }

  /** Waits for this service (not just any service page) to be showing. */
  override async shown(): Promise<this> {
    await super.shown()
    await expect(this.title).toContainText(this.app.text(this.service.name))
    return this
  }

  /** The numbered "how to apply" steps, as the list items on screen. */
  get steps(): Locator {
    return this.root
      .getByRole('listitem')
      .filter({ hasText: this.app.text(this.service.howToApply[0]) })
  }

  get qrCode(): Locator {
    return this.root.getByRole('img', { name: /QR|二维码|QR 코드/i })
  }

  locationLink(locationId: string): Locator {
    const location = byId(this.app.content.locations, locationId, 'location')
    return this.button(this.app.text(location.name))
  }

  async openLocation(locationId: string): Promise<PlacePage> {
    await this.locationLink(locationId).first().tap()
    return new PlacePage(this.app, locationId).shown()
  }
}
