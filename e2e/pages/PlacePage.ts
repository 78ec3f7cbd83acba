import { expect, type Locator } from '@playwright/test'
import { byId } from '../support/content'
import { tp } from '../support/i18n'
import type { KioskApp } from './KioskApp'
import { ScreenPage } from './ScreenPage'

/** One place: distance, opening state, address, phone, directions, map and QR. */
export class PlacePage extends ScreenPage {
  readonly name = 'place'

  constructor(
    app: KioskApp,
    readonly locationId: string,
  ) {
    super(app)
  }

  get location() {
    return byId(this.app.content.locations, this.locationId, 'location')
  }

  override async shown(): Promise<this> {
    await super.shown()
    await expect(this.title).toContainText(this.app.text(this.location.name))
    return this
  }

  /** The "how to get there from here" section. */
  get directions(): Locator {
    return this.root.getByRole('region', { name: tp(this.app.lang, 'place.directions') })
  }

  /** The steps from this kiosk's site to here, as the content gives them. */
  directionSteps(siteId: string): string[] {
    return (this.location.directions?.[siteId] ?? []).map((step) => this.app.text(step))
  }

  get qrCode(): Locator {
    return this.root.getByRole('img', {
      name: tp(this.app.lang, 'place.qrLabel', { name: this.app.text(this.location.name) }),
    })
  }

  get map(): Locator {
    return this.root.getByRole('img', {
      name: new RegExp(
        escape(tp(this.app.lang, 'map.youAreHere')) + '|' + escape(tp(this.app.lang, 'map.legend')),
      ),
    })
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
