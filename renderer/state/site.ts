import type { Content } from '../../common/content/schema'
import type { Settings } from '../../common/settings/schema'
import { contentSiteOf } from '../../common/settings/site'
import type { KioskSiteInfo } from './kioskContext'

/**
 * The kiosk's own position: an administrator's custom site, else the content site the kiosk
 * stands at (`contentSiteOf`: chosen, else the dataset's default).
 */
export function resolveSite(content: Content, settings: Settings): KioskSiteInfo {
  // An administrator's own site says nothing about staff: point visitors to hotlines.
  if (settings.customSite) {
    return { name: settings.customSite.name, geo: settings.customSite.geo, staffOnHand: false }
  }
  const site = contentSiteOf(content, settings)
  if (site === undefined) return { name: content.dataset.region, staffOnHand: false }
  return { id: site.id, name: site.name, geo: site.geo, staffOnHand: site.staffOnHand ?? false }
}
