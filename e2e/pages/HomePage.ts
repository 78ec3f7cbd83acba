import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { CategoryPage } from './CategoryPage'
import { HotlinesPage } from './HotlinesPage'
import { ScreenerPage } from './ScreenerPage'
import { ScreenPage } from './ScreenPage'

/** The home screen: need tiles (crisis first), "Do I qualify?", all hotlines, notices. */
export class HomePage extends ScreenPage {
  readonly name = 'home'

  /** A need's tile, by its exact label: a notice chip's title may contain the same words. */
  categoryTile(categoryId: string): Locator {
    const category = byId(this.app.content.categories, categoryId, 'category')
    const label = this.app.page
      .locator('.tile-label')
      .getByText(this.app.text(category.name), { exact: true })
    return this.root.locator('button.tile').filter({ has: label })
  }

  async openCategory(categoryId: string): Promise<CategoryPage> {
    await this.categoryTile(categoryId).tap()
    return new CategoryPage(this.app, categoryId).shown()
  }

  async openScreener(): Promise<ScreenerPage> {
    await this.button(this.app.ui('home.screener')).tap()
    return new ScreenerPage(this.app).shown()
  }

  /** Through the hotline bar's "All hotlines", which every visitor screen has. */
  async openHotlines(): Promise<HotlinesPage> {
    await this.app.hotlineBar.getByRole('button', { name: this.app.ui('home.allHotlines') }).tap()
    return new HotlinesPage(this.app).shown()
  }
}
