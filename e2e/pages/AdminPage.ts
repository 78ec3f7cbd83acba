import { expect, type Locator, type Page } from '@playwright/test'
import { LANGUAGE_LABELS, t, type Language } from '../support/i18n'
import { AttractPage } from './AttractPage'
import type { HomePage } from './HomePage'
import type { KioskApp } from './KioskApp'

/** The staff keyboard chord (issue 26: no longer a keypad sequence a visitor could press). */
export const STAFF_CHORD = 'Control+Alt+Shift+KeyK'

/**
 * Admin mode as staff meet it: the hidden gesture or keypad sequence, the PIN pad, the settings,
 * diagnostics and audit screens. Finds controls by the words on them (the admin namespace) in
 * the kiosk's current language.
 */
export class AdminPage {
  constructor(readonly app: KioskApp) {}

  get page(): Page {
    return this.app.page
  }

  ui(key: string, vars?: Record<string, string | number>): string {
    return t(this.app.lang, key, vars, 'admin')
  }

  /** The admin mode root; `data-admin-mode` says whether the PIN pad or the console shows. */
  get root(): Locator {
    return this.page.locator('[data-admin-mode]')
  }

  /**
   * The touch route in: hold the top-left corner for 3 s, then tap the top-right corner twice.
   * Needs Playwright's clock (kiosk.open({ fakeClock: true })) to hold without waiting.
   */
  async openByGesture(): Promise<void> {
    await this.page.mouse.move(8, 8)
    await this.page.mouse.down()
    await this.page.clock.runFor(3_100)
    await this.page.mouse.up()
    const confirm = this.page.locator('[data-admin-corner="confirm"]')
    await confirm.tap()
    await confirm.tap()
    await expect(this.root).toBeVisible()
  }

  /** The staff keyboard route in: Ctrl+Alt+Shift+K on a keyboard plugged in by staff. */
  async openByKeyboard(): Promise<void> {
    await this.page.keyboard.press(STAFF_CHORD)
    await expect(this.root).toBeVisible()
  }

  heading(key: string): Locator {
    return this.root.getByRole('heading', { name: this.ui(key) })
  }

  get okButton(): Locator {
    return this.root.getByRole('button', { name: this.ui('pin.ok'), exact: true })
  }

  /** Taps the digits on the on-screen pad, then OK. */
  async typePin(pin: string): Promise<void> {
    for (const digit of pin) {
      await this.root.getByRole('button', { name: digit, exact: true }).tap()
    }
    await this.okButton.tap()
  }

  /** First start: no PIN yet, so the kiosk asks for a new one, twice. */
  async setFirstPin(pin: string): Promise<void> {
    await expect(this.heading('pin.setTitle')).toBeVisible()
    await this.typePin(pin)
    await expect(this.heading('pin.confirmTitle')).toBeVisible()
    await this.typePin(pin)
    await expect(this.root).toHaveAttribute('data-admin-mode', 'console')
  }

  async signIn(pin: string): Promise<void> {
    await expect(this.heading('pin.enterTitle')).toBeVisible()
    await this.typePin(pin)
    await expect(this.root).toHaveAttribute('data-admin-mode', 'console')
  }

  /** The wrapper around the PIN pad that says whether it is locked and how many PINs failed. */
  get pinState(): Locator {
    return this.root.locator('[data-locked]')
  }

  async openTab(name: 'settings' | 'diagnostics' | 'maintenance' | 'audit'): Promise<void> {
    await this.root.getByRole('tab', { name: this.ui(`tabs.${name}`) }).tap()
    await expect(this.root.locator(`[data-admin-panel="${name}"]`)).toBeVisible()
  }

  async chooseSite(siteName: string): Promise<void> {
    await this.root.getByRole('radio', { name: siteName, exact: true }).check()
  }

  async offerLanguage(lang: Language, on: boolean): Promise<void> {
    const box = this.root
      .getByRole('group', { name: this.ui('settings.languages') })
      .getByRole('checkbox', { name: LANGUAGE_LABELS[lang], exact: true })
    await box.setChecked(on)
  }

  /** Speech output: the loudspeaker, or headphones only (private listening). */
  async chooseSpeechOutput(output: 'loudspeaker' | 'headphones'): Promise<void> {
    await this.root
      .getByRole('group', { name: this.ui('settings.speechOutput') })
      .getByRole('radio', { name: this.ui(`settings.speechOutput_${output}`) })
      .check()
  }

  /** Saves and waits until the host says the settings were applied. */
  async save(): Promise<void> {
    await this.root.getByRole('button', { name: this.ui('settings.save') }).tap()
    await expect(this.root.getByText(this.ui('settings.saved'))).toBeVisible()
  }

  /** Looks for kiosk-config packages and returns the listed package at `folder`. */
  async findConfig(folder: string): Promise<Locator> {
    await this.openTab('maintenance')
    await this.root.getByRole('button', { name: this.ui('maintenance.findConfigs') }).tap()
    const item = this.root.locator(`[data-config-folder="${folder}"]`)
    await expect(item).toBeVisible()
    return item
  }

  /** Applies a listed package and waits for the host's confirmation. */
  async applyConfig(item: Locator): Promise<void> {
    await item.getByRole('button', { name: this.ui('maintenance.apply') }).tap()
    await expect(this.root.getByRole('status')).toContainText(this.ui('maintenance.applied'))
  }

  /** Leaves admin mode; a fresh visitor session starts (the attract screen when it is on). */
  async exitToVisitor(): Promise<HomePage> {
    await this.root.getByRole('button', { name: this.ui('exit') }).tap()
    await expect(this.root).toHaveCount(0)
    return new AttractPage(this.app).start()
  }
}
