import { expect, type Locator } from '@playwright/test'
import type { KioskApp } from './KioskApp'
import type { RouteName } from './types'

/** What every screen page object shares: its root, found by the screen's `data-screen` hook. */
export abstract class ScreenPage {
  abstract readonly name: RouteName

  constructor(readonly app: KioskApp) {}

  get root(): Locator {
    return this.app.screen(this.name)
  }

  get title(): Locator {
    return this.root.getByRole('heading', { level: 1 })
  }

  /** Waits until this screen is the one showing. */
  async shown(): Promise<this> {
    await this.app.expectScreen(this.name)
    return this
  }

  /** A button on this screen whose accessible name contains `name`. */
  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name })
  }

  async expectText(value: string): Promise<void> {
    await expect(this.root.getByText(value, { exact: false }).first()).toBeVisible()
  }
}
