import { describe, expect, it } from 'vitest'
import { holidayDay } from '../../common/domain/holidays'
import type { Phone } from '../../common/content/schema'
import { MAX_QR_BYTES, utf8Bytes } from './fitText'
import { placesTranslate } from './placesTestI18n'
import { testContent, testLocation } from './placesTestContent'
import { hotlineQrText, placeQrText, serviceQrText } from './qrText'

const rescuePhone: Phone = {
  id: 'rescue',
  number: '043188888888',
  name: { 'zh-Hans': '救助站热线', en: 'Rescue station line' },
  available24h: true,
  priority: 4,
  categoryIds: [],
}
const shelter = testLocation({
  id: 'shelter',
  name: { 'zh-Hans': '长春市救助管理站', en: 'Changchun Rescue Station' },
  address: { 'zh-Hans': '长春市某路1号', en: '1 Example Road, Changchun' },
  openingHours: 'Mo-Fr 08:30-17:00',
  phoneIds: ['rescue', 'missing-phone'],
})
const sampleContent = testContent({ locations: [shelter], phones: [rescuePhone] })
/** Confirmed content: the shape of each card, without the sample line. */
const content = { ...sampleContent, dataset: { ...sampleContent.dataset, sample: false } }

describe('placeQrText', () => {
  it('carries name, address, readable hours and the grouped phone number', () => {
    const text = placeQrText(shelter, { content, lang: 'en', holidayDay, t: placesTranslate('en') })
    expect(text.split('\n')).toEqual([
      'Changchun Rescue Station',
      'Address: 1 Example Road, Changchun',
      '地址 (Chinese): 长春市某路1号',
      'Hours: Mon–Fri 08:30–17:00',
      'Tel: 0431-8888-8888',
    ])
  })

  it('writes Chinese labels for a Chinese reader and no duplicate Chinese address', () => {
    const text = placeQrText(shelter, {
      content,
      lang: 'zh-Hans',
      holidayDay,
      t: placesTranslate('zh-Hans'),
    })
    expect(text).toBe(
      '长春市救助管理站\n地址：长春市某路1号\n时间：周一至周五 08:30–17:00\n电话：0431-8888-8888',
    )
  })

  it('says the address and hours are unknown rather than leaving them out', () => {
    const bare = testLocation({ id: 'bare' })
    const text = placeQrText(bare, { content, lang: 'ko', holidayDay, t: placesTranslate('ko') })
    expect(text).toContain('주소 확인 중')
    expect(text).toContain('시간: 모름')
  })

  it('marks an unconfirmed address', () => {
    const loc = { ...shelter, unconfirmed: ['address'] }
    const text = placeQrText(loc, { content, lang: 'en', holidayDay, t: placesTranslate('en') })
    expect(text).toContain('1 Example Road, Changchun (to be confirmed)')
  })

  it('stays within the scannable size for a very long name and address', () => {
    const long = testLocation({
      id: 'long',
      name: { 'zh-Hans': '长春市'.repeat(60) },
      address: { 'zh-Hans': '某某街道'.repeat(60) },
      openingHours: '24/7',
      phoneIds: ['rescue'],
    })
    const text = placeQrText(long, {
      content,
      lang: 'zh-Hans',
      holidayDay,
      t: placesTranslate('zh-Hans'),
    })
    expect(utf8Bytes(text)).toBeLessThanOrEqual(MAX_QR_BYTES)
    expect(text).toContain('电话：0431-8888-8888')
    expect(text).toContain('24小时开放')
  })
})

describe('hotlineQrText', () => {
  it('ends with a tel: line of bare digits', () => {
    const text = hotlineQrText(rescuePhone, {
      content,
      lang: 'en',
      holidayDay,
      t: placesTranslate('en'),
    })
    expect(text.split('\n')).toEqual([
      'Rescue station line',
      '0431-8888-8888',
      'Hours: Open 24 hours',
      'tel:043188888888',
    ])
  })

  it('omits hours that the content does not give', () => {
    const daytime = { ...rescuePhone, available24h: false }
    const text = hotlineQrText(daytime, {
      content,
      lang: 'en',
      holidayDay,
      t: placesTranslate('en'),
    })
    expect(text).toBe('Rescue station line\n0431-8888-8888\ntel:043188888888')
  })
})

describe('serviceQrText', () => {
  it('names the service, where to go and whom to call', () => {
    const service = {
      id: 'relief',
      name: { 'zh-Hans': '临时救助', en: 'Emergency relief' },
      summary: { 'zh-Hans': '说明' },
      eligibility: { description: { 'zh-Hans': '说明' } },
      benefits: [],
      howToApply: [],
      requiredDocuments: [],
      locationIds: ['shelter', 'gone'],
      phoneIds: ['rescue'],
      categoryIds: ['hardship'],
      assuredDate: '2021-01-19',
      status: 'active' as const,
    }
    const text = serviceQrText(service, {
      content,
      lang: 'en',
      holidayDay,
      t: placesTranslate('en'),
    })
    expect(text).toBe(
      'Emergency relief\nWhere: Changchun Rescue Station (1 Example Road, Changchun)\nTel: 0431-8888-8888\nWho it is for: 说明',
    )
  })
})

describe('warnings leave with the visitor (issue 22)', () => {
  const stale = { ...shelter, reviewBy: '2025-12-31' }
  const at = new Date('2026-01-20T10:00:00+08:00')
  const withStale = { ...sampleContent, locations: [stale] }

  it.each([
    ['zh-Hans', '演示内容，未经有关部门确认', '这条信息可能已过时，请拨打 0431-8888-8888 核实。'],
    [
      'ko',
      '시연용 내용 · 기관 확인 전',
      '이 정보는 최신이 아닐 수 있습니다. 0431-8888-8888번으로 전화해 확인하세요.',
    ],
  ] as const)(
    'in %s: the sample line and the out-of-date line with its number',
    (lang, sample, old) => {
      const lines = placeQrText(stale, {
        content: withStale,
        lang,
        now: at,
        holidayDay,
        t: placesTranslate(lang),
      }).split('\n')
      expect(lines.slice(1, 3)).toEqual([sample, old])
    },
  )

  it('says nothing of age before the review date, nor of samples for confirmed content', () => {
    const before = new Date('2025-12-31T10:00:00+08:00')
    const text = placeQrText(stale, {
      content,
      lang: 'en',
      now: before,
      holidayDay,
      t: placesTranslate('en'),
    })
    expect(text).not.toMatch(/out of date|Demonstration/)
  })

  it('keeps both warnings whole when a long name and address must give way', () => {
    const long = {
      ...stale,
      name: { 'zh-Hans': '长春市'.repeat(60) },
      address: { 'zh-Hans': '某某街道'.repeat(60) },
    }
    const text = placeQrText(long, {
      content: { ...withStale, locations: [long] },
      lang: 'zh-Hans',
      now: at,
      holidayDay,
      t: placesTranslate('zh-Hans'),
    })
    expect(utf8Bytes(text)).toBeLessThanOrEqual(MAX_QR_BYTES)
    expect(text).toContain(
      '\n演示内容，未经有关部门确认\n这条信息可能已过时，请拨打 0431-8888-8888 核实。\n',
    )
  })

  it('carries them for a hotline and a service too', () => {
    const old = { ...rescuePhone, reviewBy: '2025-01-01' }
    const ctx = {
      content: sampleContent,
      lang: 'en' as const,
      now: at,
      holidayDay,
      t: placesTranslate('en'),
    }
    const hotline = hotlineQrText(old, ctx)
    expect(hotline).toContain('Demonstration content, not confirmed by the offices')
    expect(hotline).toContain('This information may be out of date — call 0431-8888-8888 to check.')
    expect(hotline.split('\n').at(-1)).toBe('tel:043188888888')
    const relief = {
      id: 'relief',
      name: { 'zh-Hans': '临时救助', en: 'Emergency relief' },
      summary: { 'zh-Hans': '说明' },
      eligibility: { description: { 'zh-Hans': '说明' } },
      benefits: [],
      howToApply: [],
      requiredDocuments: [],
      locationIds: ['shelter'],
      phoneIds: ['rescue'],
      categoryIds: [],
      assuredDate: '2021-01-19',
      reviewBy: '2025-06-30',
      status: 'active' as const,
    }
    const service = serviceQrText(relief, ctx)
    expect(service).toContain('Demonstration content, not confirmed by the offices')
    expect(service).toContain('This information may be out of date — call 0431-8888-8888 to check.')
  })
})
