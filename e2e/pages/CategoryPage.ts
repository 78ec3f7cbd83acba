import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { tp } from '../support/i18n'
import { FaqsPage } from './FaqsPage'
import { PlacePage } from './PlacePage'
import type { KioskApp } from './KioskApp'
import { PlacesPage } from './PlacesPage'
import { ScreenPage } from './ScreenPage'
import { ServicePage } from './ServicePage'

/** One need: its hotlines, the services that help, where to go, its FAQs. */
export class CategoryPage extends ScreenPage {
  readonly name = 'category'

  constructor(
    app: KioskApp,
    readonly categoryId: string,
  ) {
    super(app)
  }

  serviceCard(serviceId: string): Locator {
    const service = byId(this.app.content.services, serviceId, 'service')
    return this.button(this.app.text(service.name))
  }

  async openService(serviceId: string): Promise<ServicePage> {
    await this.serviceCard(serviceId).tap()
    return new ServicePage(this.app, serviceId).shown()
  }

  /** The "where to go" list of this need's places, nearest first. */
  get placeList(): Locator {
    return this.root.getByRole('list', { name: tp(this.app.lang, 'places.listLabel') })
  }

  /** Opens the first (nearest) place in the "where to go" list. */
  async openNearestPlace(locationId: string): Promise<PlacePage> {
    await this.placeList.getByRole('button').first().tap()
    return new PlacePage(this.app, locationId).shown()
  }

  /** "All places on the map": every place linked from this need, nearest first. */
  async openPlaces(): Promise<PlacesPage> {
    await this.button(this.app.ui('category.allPlaces')).tap()
    return new PlacesPage(this.app).shown()
  }

  async openFaqs(): Promise<FaqsPage> {
    await this.button(this.app.ui('category.faqs')).tap()
    return new FaqsPage(this.app).shown()
  }
}
