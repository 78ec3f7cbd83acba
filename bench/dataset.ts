import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkContent } from '../common/content/check'
import {
  contentSchema,
  LOCATION_TYPES,
  type Content,
  type KioskMap,
  type Location,
  type Service,
} from '../common/content/schema'

/**
 * The base for every generated dataset: the e2e fixture (the bundled Changchun content plus
 * coordinates, hours and a map), so generated places sit among real categories and sites.
 */
export const BASE_CONTENT = 'e2e/fixtures/content-with-places.json'

const HOURS = ['24/7', 'Mo-Fr 08:30-17:00', 'Mo-Su 20:00-08:00', undefined] as const

/** Reads and parses the base content; a broken fixture stops the bench with the reason. */
export function loadBaseContent(root: string): Content {
  const raw: unknown = JSON.parse(readFileSync(join(root, BASE_CONTENT), 'utf8'))
  return contentSchema.parse(raw)
}

function place(i: number, random: () => number): Location {
  const hours = HOURS[i % HOURS.length]
  return {
    id: `bench-place-${i}`,
    name: { 'zh-Hans': `测试地点 ${i}`, en: `Test place ${i}`, ko: `테스트 장소 ${i}` },
    type: LOCATION_TYPES[i % LOCATION_TYPES.length]!,
    address: {
      'zh-Hans': `测试路${i}号`,
      en: `${i} Test Road`,
      ko: `테스트로 ${i}호`,
    },
    geo: {
      lat: 43.8 + random() * 0.2,
      lng: 125.2 + random() * 0.25,
      crs: i % 2 === 0 ? 'gcj02' : 'wgs84',
    },
    ...(hours ? { openingHours: hours } : {}),
    phoneIds: [],
    assuredDate: '2021-01-19',
  }
}

function service(i: number, categoryId: string): Service {
  return {
    id: `bench-service-${i}`,
    name: { 'zh-Hans': `测试救助 ${i}`, en: `Test relief ${i}`, ko: `테스트 지원 ${i}` },
    summary: {
      'zh-Hans': '生成的测试服务。',
      en: 'A generated test service.',
      ko: '생성된 테스트 서비스입니다.',
    },
    eligibility: {
      description: { 'zh-Hans': '任何人。', en: 'Anyone.', ko: '누구나.' },
    },
    benefits: [],
    howToApply: [{ 'zh-Hans': '到现场办理。', en: 'Apply in person.', ko: '직접 신청하세요.' }],
    requiredDocuments: [],
    locationIds: [`bench-place-${i}`],
    phoneIds: [],
    categoryIds: [categoryId],
    assuredDate: '2021-01-19',
    status: 'active',
  }
}

/** A deterministic PRNG so two runs generate the same coordinates. */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
}

/**
 * The base content plus `count` generated places and `count` services (one place each), the
 * services spread over the base categories. Throws if the result does not pass the content
 * checker, so a bench never measures content a kiosk would refuse.
 */
export function scaledContent(base: Content, count: number, maps: KioskMap[] = []): Content {
  const random = lcg(count)
  const categories = base.categories.map((c) => c.id)
  const content: Content = {
    ...base,
    dataset: { ...base.dataset, contentVersion: base.dataset.contentVersion + 1 },
    locations: [...base.locations, ...Array.from({ length: count }, (_, i) => place(i, random))],
    services: [
      ...base.services,
      ...Array.from({ length: count }, (_, i) => service(i, categories[i % categories.length]!)),
    ],
    maps: [...(base.maps ?? []), ...maps],
  }
  const checked = checkContent(content)
  if (!checked.ok) {
    const first = checked.problems.find((p) => p.severity === 'error')
    throw new Error(`generated content is invalid: ${first?.path}: ${first?.message}`)
  }
  return content
}

/** A map entry for a filler image, so a package's media files are ones the content uses. */
export function fillerMap(base: Content, index: number, file: string): KioskMap {
  const site = base.dataset.defaultSiteId
  return {
    id: `bench-map-${index}`,
    siteId: site,
    file,
    width: 4000,
    height: 3000,
    bounds: { north: 43.92, south: 43.885, east: 125.345, west: 125.295 },
    crs: 'gcj02',
    alt: { 'zh-Hans': `测试地图 ${index}`, en: `Test map ${index}`, ko: `테스트 지도 ${index}` },
  }
}
