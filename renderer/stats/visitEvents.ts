import type { StatsEvent } from '../../common/stats/schema'
import type { Route } from '../navigation/routes'

/** The content id a route shows, if any (category, service, place, hotline, notice). */
function routeId(route: Route): string | undefined {
  switch (route.name) {
    case 'category':
      return route.categoryId
    case 'service':
      return route.serviceId
    case 'place':
      return route.locationId
    case 'hotline':
      return route.phoneId
    case 'notice':
      return route.noticeId
    case 'places':
    case 'faqs':
      return route.categoryId
    default:
      return undefined
  }
}

/**
 * What showing `route` counts: the screen view (with its content id), a QR code shown on the
 * screens that always carry one (service, place, hotline), and a screener start. Only ids and
 * screen names: never anything the visitor entered.
 */
export function routeEvents(route: Route): StatsEvent[] {
  const id = routeId(route)
  const events: StatsEvent[] = [
    id === undefined
      ? { kind: 'view', screen: route.name }
      : { kind: 'view', screen: route.name, id },
  ]
  if (route.name === 'service' || route.name === 'place' || route.name === 'hotline') {
    events.push({ kind: 'qr-shown', screen: route.name })
  }
  if (route.name === 'screener') events.push({ kind: 'screener', step: 'started' })
  return events
}
