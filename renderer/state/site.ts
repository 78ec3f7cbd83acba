import type { Content } from '../../common/content/schema'
import type { Settings } from '../../common/settings/schema'
import type { KioskSiteInfo } from './kioskContext'

/**
 * The kiosk's own position: an administrator's custom site, else the chosen content site, else the
 * dataset's default site. A site id that no longer exists in the content falls through to the
 * default, so a content update never leaves the kiosk without a "you are here".
 */
export function resolveSite(content: Content, settings: Settings): KioskSiteInfo {
  // An administrator's own site says nothing about staff: point visitors to hotlines.
  if (settings.customSite) {
    return { name: settings.customSite.name, geo: settings.customSite.geo, staffOnHand: false }
  }
  const byId = (id: string | undefined) => content.kioskSites.find((s) => s.id === id)
  const site = byId(settings.siteId) ?? byId(content.dataset.defaultSiteId) ?? content.kioskSites[0]
  if (site === undefined) return { name: content.dataset.region, staffOnHand: false }
  return { id: site.id, name: site.name, geo: site.geo, staffOnHand: site.staffOnHand ?? false }
}
