import type { Content } from '../content/schema'
import type { Settings } from './schema'

type KioskSite = Content['kioskSites'][number]

/**
 * The content site this kiosk stands at: none for an administrator's own (custom) site, else the
 * chosen site, else the dataset's default, else the first site. A site id that no longer exists
 * in the content falls through to the default, so a content update never leaves the kiosk
 * without a "you are here". The one rule for the screen's "you are here" and the host's
 * statistics and status reports.
 */
export function contentSiteOf(content: Content, settings: Settings): KioskSite | undefined {
  if (settings.customSite) return undefined
  const byId = (id: string | undefined) => content.kioskSites.find((s) => s.id === id)
  return byId(settings.siteId) ?? byId(content.dataset.defaultSiteId) ?? content.kioskSites[0]
}
