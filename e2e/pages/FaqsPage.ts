import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { ScreenPage } from './ScreenPage'

/** Questions and answers, by category. */
export class FaqsPage extends ScreenPage {
  readonly name = 'faqs'

  question(faqId: string): Locator {
    const faq = byId(this.app.content.faqs, faqId, 'faq')
    return this.root.getByText(this.app.text(faq.question))
  }
}
