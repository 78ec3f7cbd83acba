import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../common/settings/schema'
import { oddContent } from '../test/fixtures'
import { resolveSite } from './site'

describe('resolveSite', () => {
  const content = oddContent()

  it("uses the dataset's default site until an administrator picks one", () => {
    expect(resolveSite(content, defaultSettings()).id).toBe('central-station')
  })

  it('falls back to the default when the chosen site left the content', () => {
    expect(resolveSite(content, { ...defaultSettings(), siteId: 'gone' }).id).toBe(
      'central-station',
    )
  })

  it("prefers an administrator's custom site with its own coordinates", () => {
    const customSite = {
      name: { 'zh-Hans': '东广场' },
      geo: { lat: 43.9, lng: 125.3, crs: 'wgs84' as const },
    }
    const site = resolveSite(content, { ...defaultSettings(), customSite })
    expect(site).toEqual({ name: customSite.name, geo: customSite.geo, staffOnHand: false })
  })

  it('says whether staff are on hand, counting an unsaid site as without staff', () => {
    const staffed = structuredClone(content)
    staffed.kioskSites[0]!.staffOnHand = true
    expect(resolveSite(staffed, defaultSettings()).staffOnHand).toBe(true)
    delete staffed.kioskSites[0]!.staffOnHand
    expect(resolveSite(staffed, defaultSettings()).staffOnHand).toBe(false)
  })
})
