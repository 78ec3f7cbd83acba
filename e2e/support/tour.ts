import { distanceMetres } from '../../common/domain/geo'
import { suggestServices } from '../../common/domain/screener'
import { defaultSettings } from '../../common/settings/schema'
import { HomePage } from '../pages/HomePage'
import { IdlePrompt } from '../pages/IdlePrompt'
import type { KioskApp } from '../pages/KioskApp'
import { NoticesPage } from '../pages/NoticesPage'
import { AttractPage } from '../pages/AttractPage'
import type { ScreenerPage } from '../pages/ScreenerPage'
import { byId } from './content'

/**
 * Content for tours and journeys: the bundled Changchun content plus places with coordinates,
 * directions and a map (e2e/fixtures, by the places screens' author), so every screen shows
 * everything it can.
 */
export const PLACES_CONTENT = 'e2e/fixtures/content-with-places.json'
/** A day inside the Spring Festival 2021 campaign: seasonal services and notices are shown. */
export const CAMPAIGN_NOW = '2021-01-20T10:00:00+08:00'

export type TourStop = {
  /** Used as the screenshot file name; usually the route name. */
  name: string
  /** Gets there from any screen, or from the `after` stop's screen when one is named. */
  visit(app: KioskApp): Promise<void>
  /** The stop whose screen this visit continues from (the attract screen follows the prompt). */
  after?: string
}

/** The location of `ids` nearest to the content's default site (what the list puts first). */
export function nearestLocation(app: KioskApp, ids: readonly string[]): string {
  const site = byId(app.content.kioskSites, app.content.dataset.defaultSiteId, 'kiosk site')
  const withGeo = ids
    .map((id) => byId(app.content.locations, id, 'location'))
    .filter((l) => l.geo !== undefined)
  const origin = site.geo
  if (!origin || withGeo.length === 0) throw new Error('the tour content needs coordinates')
  withGeo.sort(
    (a, b) => distanceMetres(origin, a.geo ?? origin) - distanceMetres(origin, b.geo ?? origin),
  )
  const first = withGeo[0]
  if (!first) throw new Error('no place with coordinates')
  return first.id
}

/** Answers every screener question: the given answers, else "no"/the last option. */
export async function answerScreener(screener: ScreenerPage, answers: Record<string, string>) {
  for (const question of screener.app.content.screener.questions) {
    const fallback = question.kind === 'yesno' ? 'no' : (question.options?.at(-1)?.id ?? 'no')
    await screener.answer(question.id, answers[question.id] ?? fallback)
  }
}

/** The answers of a visitor hit by sudden hardship, and what the content's rules suggest for them. */
export function suddenHardshipAnswers(app: KioskApp) {
  const answers = { 'safe-place-tonight': 'yes', 'sudden-hardship': 'yes' }
  return { answers, suggested: suggestServices(app.content.screener, answers) }
}

const fromHome = async (app: KioskApp) => {
  await app.home()
  return new HomePage(app)
}

/**
 * Every screen a visitor can reach, in an order that ends with the idle prompt and the attract
 * screen (those need the fake clock installed when the kiosk was opened). Walked in this order,
 * each stop's visit starts where the previous one ended; `visitStop` gets to one stop alone.
 */
export const TOUR: TourStop[] = [
  { name: 'home', visit: async (app) => void (await fromHome(app)) },
  {
    name: 'category',
    visit: async (app) => void (await (await fromHome(app)).openCategory('shelter-tonight')),
  },
  {
    name: 'service',
    visit: async (app) => {
      const category = await (await fromHome(app)).openCategory('shelter-tonight')
      await category.openService('rescue-station-help')
    },
  },
  {
    name: 'place',
    visit: async (app) => {
      const category = await (await fromHome(app)).openCategory('shelter-tonight')
      const service = await category.openService('rescue-station-help')
      await service.openLocation(nearestLocation(app, service.service.locationIds))
    },
  },
  {
    // Open 24 hours with a note: its page says "Open 24 hours" once (issue 22), no hours twice.
    name: 'place-24h',
    visit: async (app) => {
      const category = await (await fromHome(app)).openCategory('shelter-tonight')
      const service = await category.openService('rescue-station-help')
      await service.openLocation('changchun-rescue-station')
    },
  },
  {
    name: 'places',
    visit: async (app) =>
      void (await (await (await fromHome(app)).openCategory('shelter-tonight')).openPlaces()),
  },
  { name: 'hotlines', visit: async (app) => void (await (await fromHome(app)).openHotlines()) },
  {
    name: 'hotline',
    visit: async (app) =>
      void (await (await (await fromHome(app)).openHotlines()).openHotline('hrss-12333')),
  },
  { name: 'screener', visit: async (app) => void (await (await fromHome(app)).openScreener()) },
  {
    name: 'screener-result',
    visit: async (app) => {
      const screener = await (await fromHome(app)).openScreener()
      await answerScreener(screener, suddenHardshipAnswers(app).answers)
      await screener.result.waitFor()
    },
  },
  {
    name: 'notices',
    visit: async (app) => {
      await fromHome(app)
      await app
        .screen('home')
        .getByRole('button', { name: app.ui('home.allNotices') })
        .tap()
      await new NoticesPage(app).shown()
    },
  },
  {
    name: 'notice',
    visit: async (app) => {
      await fromHome(app)
      await app
        .screen('home')
        .getByRole('button', { name: app.ui('home.allNotices') })
        .tap()
      await (await new NoticesPage(app).shown()).openNotice('health-notice-2021-01')
    },
  },
  {
    name: 'faqs',
    visit: async (app) =>
      void (await (await (await fromHome(app)).openCategory('shelter-tonight')).openFaqs()),
  },
  {
    name: 'still-there',
    visit: async (app) => {
      await fromHome(app)
      await app.page.clock.runFor(defaultSettings().idleSeconds * 1000)
      await new IdlePrompt(app).expectShown()
    },
  },
  {
    name: 'attract',
    after: 'still-there',
    visit: async (app) => {
      await app.page.clock.runFor(defaultSettings().stillThereSeconds * 1000)
      await new AttractPage(app).shown()
      app.lang = defaultSettings().defaultLanguage
      // The attract loop cross-fades the three languages forever: axe would judge a line caught
      // mid-fade, and a screenshot (animations stopped) would show none. Its reduced-motion
      // layout shows every line in the same colours, still.
      await app.page.emulateMedia({ reducedMotion: 'reduce' })
    },
  },
]

/** Gets to `stop` on a freshly opened kiosk: through the stop it continues from, if any. */
export async function visitStop(app: KioskApp, stop: TourStop): Promise<void> {
  const before = stop.after ? TOUR.find((s) => s.name === stop.after) : undefined
  if (stop.after && !before) throw new Error(`tour stop ${stop.name} follows unknown ${stop.after}`)
  if (before) await visitStop(app, before)
  await stop.visit(app)
}
