import type { Locator } from '@playwright/test'
import { byId } from '../support/content'
import { NoticePage } from './NoticePage'
import { ScreenPage } from './ScreenPage'

/** The notices in force today. */
export class NoticesPage extends ScreenPage {
  readonly name = 'notices'

  notice(noticeId: string): Locator {
    const notice = byId(this.app.content.notices, noticeId, 'notice')
    return this.button(this.app.text(notice.title))
  }

  async openNotice(noticeId: string): Promise<NoticePage> {
    await this.notice(noticeId).first().tap()
    return new NoticePage(this.app).shown()
  }
}
