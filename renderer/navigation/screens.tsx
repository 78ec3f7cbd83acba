import type { RouteName } from './routes'
import type { ScreenRegistry } from './screenTypes'
import { AttractScreen } from '../screens/Attract'
import { CategoryScreen } from '../screens/Category'
import { HomeScreen } from '../screens/Home'
import { lazyPart } from './lazyPart'

/**
 * Which component draws each route. Attract, home and category (one tap from home) are in the
 * start-up bundle; the others, with the QR encoder they use, load as their own chunks
 * (preloaded once the first screen is up, see lazyPart.tsx).
 */
export const screens: ScreenRegistry = {
  attract: AttractScreen,
  home: HomeScreen,
  category: CategoryScreen,
  service: lazyPart(() => import('../screens/Service').then((m) => m.ServiceScreen)),
  hotlines: lazyPart(() => import('../screens/Hotlines').then((m) => m.HotlinesScreen)),
  hotline: lazyPart(() => import('../screens/Hotline').then((m) => m.HotlineScreen)),
  places: lazyPart(() => import('../screens/Places').then((m) => m.PlacesScreen)),
  place: lazyPart(() => import('../screens/Place').then((m) => m.PlaceScreen)),
  screener: lazyPart(() => import('../screens/Screener').then((m) => m.ScreenerScreen)),
  notices: lazyPart(() => import('../screens/Notices').then((m) => m.NoticesScreen)),
  notice: lazyPart(() => import('../screens/Notice').then((m) => m.NoticeScreen)),
  faqs: lazyPart(() => import('../screens/Faqs').then((m) => m.FaqsScreen)),
}

/**
 * The screens drawn from the content's home form, before its directory (services and places)
 * has arrived: home, and the list of hotlines (the hotline bar's "all hotlines", where a
 * visitor is sent if the directory could not be loaded). Every other screen waits for it
 * (`DirectoryWait`).
 */
export const DRAWN_WITHOUT_DIRECTORY: ReadonlySet<RouteName> = new Set([
  'attract',
  'home',
  'hotlines',
])
