import { expect, type Locator } from '@playwright/test'
import { byId } from '../support/content'
import { tp } from '../support/i18n'
import { ScreenPage } from './ScreenPage'
import { ServicePage } from './ServicePage'

/** "Do I qualify?": one question at a time, then "you may qualify for …" and the hotline. */
export class ScreenerPage extends ScreenPage {
  readonly name = 'screener'

  question(questionId: string): Locator {
    const question = byId(this.app.content.screener.questions, questionId, 'screener question')
    return this.root.getByText(this.app.text(question.text))
  }

  /** Answers the question showing now: "yes"/"no", or an option id of a one-of question. */
  async answer(questionId: string, answer: string): Promise<void> {
    const question = byId(this.app.content.screener.questions, questionId, 'screener question')
    await expect(this.question(questionId)).toBeVisible()
    const label =
      question.kind === 'yesno'
        ? tp(this.app.lang, answer === 'yes' ? 'screener.yes' : 'screener.no')
        : this.app.text(byId(question.options ?? [], answer, 'option').label)
    await this.root.getByRole('button', { name: label, exact: true }).tap()
  }

  get result(): Locator {
    return this.root.getByRole('heading', { name: tp(this.app.lang, 'screener.resultTitle') })
  }

  suggestion(serviceId: string): Locator {
    const service = byId(this.app.content.services, serviceId, 'service')
    return this.button(this.app.text(service.name))
  }

  async openSuggestion(serviceId: string): Promise<ServicePage> {
    await this.suggestion(serviceId).tap()
    return new ServicePage(this.app, serviceId).shown()
  }
}
