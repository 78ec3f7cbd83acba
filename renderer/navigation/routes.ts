/**
 * Every screen a visitor can reach. Navigation is app state, not URLs: a kiosk has no address
 * bar, and an idle reset must be able to wipe the whole history in one step.
 */
export type Route =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'category'; categoryId: string }
  | { name: 'service'; serviceId: string }
  | { name: 'places'; categoryId?: string }
  | { name: 'place'; locationId: string }
  | { name: 'hotlines' }
  | { name: 'hotline'; phoneId: string }
  | { name: 'screener' }
  | { name: 'notices' }
  | { name: 'notice'; noticeId: string }
  | { name: 'faqs'; categoryId?: string }

export type RouteName = Route['name']

export const HOME: Route = { name: 'home' }
