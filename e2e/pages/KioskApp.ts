import { expect, type Locator, type Page } from '@playwright/test'
import type { Content, LocalizedText, RouteName } from './types'
import { LANGUAGE_LABELS, t, type Language } from '../support/i18n'
import { text } from '../support/content'

/**
 * The kiosk as a visitor meets it: the top bar (back, home, languages, display toggles), the
 * hotline bar and whichever screen is showing. Tracks the language the visitor chose so the
 * screen page objects can find controls by the words on them.
 */
export class KioskApp {
  lang: Language = 'zh-Hans'

  constructor(
    readonly page: Page,
    readonly content: Content,
  ) {}

  /** The root of a screen (every screen root carries `data-screen="<route name>"`). */
  screen(name: RouteName): Locator {
    return this.page.locator(`[data-screen="${name}"]`)
  }

  /** Waits until `name` is the screen showing, and it is the only one. */
  async expectScreen(name: RouteName): Promise<void> {
    await expect(this.screen(name)).toBeVisible()
    await expect(this.page.locator('[data-screen]')).toHaveCount(1)
    // Whole: the parts it draws a frame after the tap (AfterFirstFrame) have arrived, so checks
    // of the whole screen (axe, touch targets, screenshots) see them.
    await expect(this.screen(name).locator('[data-drawn-later]')).toHaveCount(0)
  }

  /** The visitor's words for a content field in the current language. */
  text(value: LocalizedText | undefined): string {
    return text(value, this.lang)
  }

  /** A UI string (common namespace) in the current language. */
  ui(key: string, vars?: Record<string, string | number>): string {
    return t(this.lang, key, vars)
  }

  get topBar(): Locator {
    return this.page.locator('header.top-bar')
  }

  get hotlineBar(): Locator {
    return this.page.getByRole('complementary', { name: this.ui('hotlineBar.title') })
  }

  languageButton(lang: Language): Locator {
    return this.topBar.getByRole('button', { name: LANGUAGE_LABELS[lang], exact: true })
  }

  /** Taps a language on the switch and waits until the whole page says it is in that language. */
  async switchLanguage(lang: Language): Promise<void> {
    await this.languageButton(lang).tap()
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang)
    await expect(this.languageButton(lang)).toHaveAttribute('aria-pressed', 'true')
    this.lang = lang
  }

  async back(): Promise<void> {
    await this.topBar.getByRole('button', { name: this.ui('nav.back'), exact: true }).tap()
  }

  async home(): Promise<void> {
    await this.topBar.getByRole('button', { name: this.ui('nav.home'), exact: true }).tap()
    await this.expectScreen('home')
  }

  /** Turns high-contrast mode on or off and waits until the page has switched its colours. */
  async setHighContrast(on: boolean): Promise<void> {
    const button = this.topBar.getByRole('button', { name: this.ui('access.highContrast') })
    if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.tap()
    await expect(this.page.locator('html')).toHaveAttribute('data-contrast', on ? 'high' : 'normal')
  }

  async setLargeText(on: boolean): Promise<void> {
    const button = this.topBar.getByRole('button', { name: this.ui('access.largeText') })
    if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.tap()
    await expect(this.page.locator('html')).toHaveAttribute('data-large-text', String(on))
  }

  /** Which screen is showing now. */
  async currentScreen(): Promise<string> {
    const name = await this.page.locator('[data-screen]').first().getAttribute('data-screen')
    if (!name) throw new Error('no screen is showing')
    return name
  }
}
