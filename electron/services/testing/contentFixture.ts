import type { Content } from '../../../common/content/schema'

/**
 * A small valid dataset for tests of the services, independent of the bundled Changchun content
 * (which another part of the project owns and may change).
 */
export function contentFixture(contentVersion = 1): Content {
  return {
    dataset: {
      id: 'test-dataset',
      contentVersion,
      publishedAt: '2021-01-01T00:00:00+08:00',
      region: { 'zh-Hans': '测试市', en: 'Test City' },
      languages: ['zh-Hans', 'en'],
      publisher: { 'zh-Hans': '测试', en: 'Test' },
      sample: true,
      defaultSiteId: 'test-station',
    },
    categories: [
      {
        id: 'shelter',
        name: { 'zh-Hans': '今晚住处', en: 'Shelter tonight' },
        icon: 'bed',
        order: 1,
      },
    ],
    services: [],
    locations: [],
    phones: [
      {
        id: 'emergency',
        number: '120',
        name: { 'zh-Hans': '急救', en: 'Ambulance' },
        available24h: true,
        priority: 1,
        categoryIds: [],
      },
    ],
    kioskSites: [{ id: 'test-station', name: { 'zh-Hans': '测试站', en: 'Test station' } }],
    notices: [],
    faqs: [],
    screener: { questions: [], rules: [] },
  }
}

/** A few bytes that start like a PNG: enough for the file servers, which never decode it. */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])

/** `content` with one map of its first kiosk site, drawn from `file`. */
export function withMap(content: Content, file: string): Content {
  const site = content.kioskSites[0]!
  content.maps = [
    {
      id: 'area',
      siteId: site.id,
      file,
      width: 100,
      height: 100,
      bounds: { north: 43.9, south: 43.8, east: 125.4, west: 125.3 },
      crs: 'wgs84',
      alt: { 'zh-Hans': '地图' },
    },
  ]
  return content
}

/** `content` with a directory: one shelter and the service that sends people there. */
export function withDirectory(content: Content): Content {
  content.locations = [
    {
      id: 'test-shelter',
      name: { 'zh-Hans': '测试救助站', en: 'Test shelter' },
      type: 'shelter',
      phoneIds: [],
    },
  ]
  content.services = [
    {
      id: 'bed-tonight',
      name: { 'zh-Hans': '临时住宿', en: 'A bed tonight' },
      summary: { 'zh-Hans': '免费住一晚', en: 'A free bed for the night' },
      eligibility: {
        description: { 'zh-Hans': '无处住宿的人', en: 'Anyone with nowhere to sleep' },
      },
      benefits: [],
      howToApply: [],
      requiredDocuments: [],
      locationIds: ['test-shelter'],
      phoneIds: [],
      categoryIds: ['shelter'],
      assuredDate: '2021-01-01',
      status: 'active',
    },
  ]
  return content
}
