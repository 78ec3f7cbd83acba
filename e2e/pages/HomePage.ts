import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { CategoryPage } from './CategoryPage'
import { HotlinesPage } from './HotlinesPage'
import { ScreenerPage } from './ScreenerPage'
import { ScreenPage } from './ScreenPage'

/** The home screen: need tiles (crisis first), "Do I qualify?", all hotlines, notices. */
export class HomePage extends ScreenPage {
  readonly name = 'home'

  categoryTile(categoryId: string): Locator {
    const category = byId(this.app.content.categories, categoryId, 'category')
    return this.button(this.app.text(category.name))
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
