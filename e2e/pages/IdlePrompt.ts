import { expect, type Locator } from '@playwright/test'
import type { KioskApp } from './KioskApp'

/** The "Still there?" dialog that precedes an idle reset. It is not a screen: it overlays one. */
export class IdlePrompt {
  constructor(readonly app: KioskApp) {}

  get dialog(): Locator {
    return this.app.page.getByRole('alertdialog').or(this.app.page.getByRole('dialog'))
  }

  async expectShown(): Promise<void> {
    await expect(this.dialog).toBeVisible()
    await expect(this.dialog).toContainText(this.app.ui('idle.title'))
  }

  async continue(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.app.ui('idle.continue') }).tap()
    await expect(this.dialog).toBeHidden()
  }
}
