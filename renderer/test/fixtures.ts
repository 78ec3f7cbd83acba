import type { Content } from '../../common/content/schema'
import { validContent } from '../../common/content/fixtures/validContent'

/** A service name far longer than any screen line, to prove names wrap instead of overflowing. */
export const LONG_NAME =
  '长春市城区困难群众冬季临时生活救助暨春节前慰问送温暖专项行动特别补助金申请说明'.repeat(3)

/**
 * Renderer test content: the shared valid fixture plus the odd cases the UI must survive — a
 * medical crisis need with its hotline on the tile, a category with nothing in it, and a service
 * with no locations, no phones, a very long name and only Chinese text.
 */
export function oddContent(): Content {
  const base = structuredClone(validContent)
  return {
    ...base,
    categories: [
      ...base.categories,
      {
        id: 'medical',
        name: { 'zh-Hans': '急病受伤', en: 'Medical emergency', ko: '응급' },
        icon: 'ambulance',
        order: 0,
        crisis: true,
        phoneId: 'ambulance',
      },
      {
        id: 'empty-need',
        name: { 'zh-Hans': '空类别', en: 'Empty need', ko: '빈 분류' },
        icon: 'info',
        order: 9,
      },
    ],
    services: [
      ...base.services,
      {
        id: 'chinese-only',
        name: { 'zh-Hans': LONG_NAME },
        summary: { 'zh-Hans': '只有中文的说明。' },
        eligibility: { description: { 'zh-Hans': '所有人。' } },
        benefits: [{ description: { 'zh-Hans': '补助' }, amountCny: 1000, per: 'person' }],
        howToApply: [{ 'zh-Hans': '打电话。' }, { 'zh-Hans': '去办公室。' }],
        requiredDocuments: [],
        locationIds: [],
        phoneIds: [],
        categoryIds: ['money'],
        assuredDate: '2021-01-12',
        status: 'active',
      },
    ],
    phones: [
      ...base.phones,
      {
        id: 'ambulance',
        number: '120',
        name: { 'zh-Hans': '急救', en: 'Ambulance', ko: '구급차' },
        available24h: true,
        priority: 1,
        categoryIds: ['medical'],
      },
    ],
  }
}
