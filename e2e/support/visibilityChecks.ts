import { visibleContent } from '../../common/content/visibility'
import { tymeCalendar } from '../../common/domain/tymeCalendar'
import { HomePage } from '../pages/HomePage'
import { KioskApp } from '../pages/KioskApp'
import { NoticesPage } from '../pages/NoticesPage'
import { inForce, loadContent, text } from './content'
import { expect, type Kiosk } from './fixtures'

// Issue 3: the UI shows only items valid on the kiosk's day. These checks derive what must be
// shown from the content's own validity windows, so they hold for any clock.
const content = loadContent()

export const SPRING_FESTIVAL_2021 = '2021-01-20T10:00:00+08:00'
const seasonal = (s: (typeof content.services)[number]) =>
  s.validFrom !== undefined || s.validUntil !== undefined || s.windows !== undefined
export const permanentServices = content.services.filter((s) => !seasonal(s))
export const seasonalServices = content.services.filter(seasonal)

/** What the kiosk may show on a China day (noon), by the app's own visibility rules. */
export function visibleOn(day: string) {
  return visibleContent(content, new Date(`${day}T12:00:00+08:00`), tymeCalendar).content
}

/**
 * Opens every category on the home screen that day that lists services and checks which
 * services are listed on `day` (a category with nothing in force is not on the home screen).
 */
export async function expectServicesFor(kiosk: Kiosk, day: string) {
  await kiosk.open()
  const app = new KioskApp(kiosk.page, content)
  const categories = visibleOn(day).categories.filter((c) =>
    content.services.some((s) => s.categoryIds.includes(c.id)),
  )
  for (const category of categories) {
    await app.home()
    const page = await new HomePage(app).openCategory(category.id)
    for (const service of content.services.filter((s) => s.categoryIds.includes(category.id))) {
      const card = page.serviceCard(service.id)
      if (inForce(service, day)) await expect(card, service.id).toBeVisible()
      else await expect(card, service.id).toHaveCount(0)
    }
  }
}

/** Checks that exactly the notices in force on `day` can be reached from home. */
export async function expectNoticesFor(kiosk: Kiosk, day: string) {
  const app = new KioskApp(kiosk.page, content)
  await app.home()
  const shown = content.notices.filter((n) => inForce(n, day))
  const hidden = content.notices.filter((n) => !inForce(n, day))
  const home = app.screen('home')
  for (const notice of hidden) {
    await expect(home.getByRole('button', { name: text(notice.title, 'zh-Hans') })).toHaveCount(0)
  }
  const allNotices = home.getByRole('button', { name: app.ui('home.allNotices') })
  if ((await allNotices.count()) > 0) {
    await allNotices.tap()
    const notices = await new NoticesPage(app).shown()
    for (const notice of shown) await expect(notices.notice(notice.id)).toBeVisible()
    for (const notice of hidden) await expect(notices.notice(notice.id)).toHaveCount(0)
  } else {
    for (const notice of shown) {
      await expect(home.getByRole('button', { name: text(notice.title, 'zh-Hans') })).toBeVisible()
    }
  }
}
