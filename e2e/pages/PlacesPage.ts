import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { tp } from '../support/i18n'
import { PlacePage } from './PlacePage'
import { ScreenPage } from './ScreenPage'

/** The list of places, nearest first, with distance, direction and opening state. */
export class PlacesPage extends ScreenPage {
  readonly name = 'places'

  /** The place buttons in the order shown. */
  get items(): Locator {
    return this.root
      .getByRole('list', { name: tp(this.app.lang, 'places.listLabel') })
      .getByRole('button')
  }

  placeButton(locationId: string): Locator {
    const location = byId(this.app.content.locations, locationId, 'location')
    return this.button(this.app.text(location.name))
  }

  async openPlace(locationId: string): Promise<PlacePage> {
    await this.placeButton(locationId).first().tap()
    return new PlacePage(this.app, locationId).shown()
  }
}
