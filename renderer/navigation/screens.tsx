import type { ScreenRegistry } from './screenTypes'
import { AttractScreen } from '../screens/Attract'
import { CategoryScreen } from '../screens/Category'
import { HomeScreen } from '../screens/Home'
import { HotlineScreen } from '../screens/Hotline'
import { HotlinesScreen } from '../screens/Hotlines'
import { PendingScreen } from '../screens/Pending'

/** Which component draws each route. ui-places replaces the PendingScreen lines with its screens. */
export const screens: ScreenRegistry = {
  attract: AttractScreen,
  home: HomeScreen,
  category: CategoryScreen,
  service: PendingScreen,
  hotlines: HotlinesScreen,
  hotline: HotlineScreen,
  places: PendingScreen,
  place: PendingScreen,
  screener: PendingScreen,
  notices: PendingScreen,
  notice: PendingScreen,
  faqs: PendingScreen,
}
