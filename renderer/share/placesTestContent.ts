import type { Content, Location } from '../../common/content/schema'

/** Test helper: a location with only the required fields, plus whatever a test overrides. */
export function testLocation(over: Partial<Location> & { id: string }): Location {
  return {
    name: { 'zh-Hans': `地点 ${over.id}`, en: `Place ${over.id}` },
    type: 'shelter',
    phoneIds: [],
    ...over,
  }
}

/** Test helper: a small valid dataset; tests add the services, places and phones they need. */
export function testContent(over: Partial<Content> = {}): Content {
  return {
    dataset: {
      id: 'test',
      contentVersion: 1,
      publishedAt: '2026-01-01T00:00:00+08:00',
      region: { 'zh-Hans': '长春', en: 'Changchun' },
      languages: ['zh-Hans', 'en', 'ko'],
      publisher: { 'zh-Hans': '测试', en: 'Test' },
      sample: true,
      defaultSiteId: 'station',
    },
    categories: [],
    services: [],
    locations: [],
    phones: [],
    kioskSites: [
      {
        id: 'station',
        name: { 'zh-Hans': '火车站', en: 'Railway station' },
        geo: { lat: 43.9, lng: 125.3, crs: 'wgs84' },
      },
    ],
    notices: [],
    faqs: [],
    screener: { questions: [], rules: [] },
    ...over,
  }
}
