import type { ScreenRegistry } from './screenTypes'
import { AttractScreen } from '../screens/Attract'
import { CategoryScreen } from '../screens/Category'
import { HomeScreen } from '../screens/Home'
import { HotlineScreen } from '../screens/Hotline'
import { HotlinesScreen } from '../screens/Hotlines'
import { FaqsScreen } from '../screens/Faqs'
import { NoticeScreen } from '../screens/Notice'
import { NoticesScreen } from '../screens/Notices'
import { PlaceScreen } from '../screens/Place'
import { PlacesScreen } from '../screens/Places'
import { ScreenerScreen } from '../screens/Screener'
import { ServiceScreen } from '../screens/Service'

/** Which component draws each route. ui-places replaces the PendingScreen lines with its screens. */
export const screens: ScreenRegistry = {
  attract: AttractScreen,
  home: HomeScreen,
  category: CategoryScreen,
  service: ServiceScreen,
  hotlines: HotlinesScreen,
  hotline: HotlineScreen,
  places: PlacesScreen,
  place: PlaceScreen,
  screener: ScreenerScreen,
  notices: NoticesScreen,
  notice: NoticeScreen,
  faqs: FaqsScreen,
}
