import { describe, expect, it } from 'vitest'
import { holidayDay } from '../domain/holidays'
import { validContent } from '../content/fixtures/validContent'
import type { Content, Location } from '../content/schema'
import { wordsFor } from '../i18n/words'
import {
  addsSomething,
  presentHotline,
  presentPlace,
  presentService,
  type PresentContext,
} from './present'

/** Wednesday 2026-01-14, 10:00 China time. */
const wednesday = new Date('2026-01-14T10:00:00+08:00')
const ctx = (content: Content, lang: 'zh-Hans' | 'en' | 'ko' = 'en'): PresentContext => ({
  content,
  lang,
  site: { id: 'central-station', geo: { lat: 43.9, lng: 125.3, crs: 'wgs84' } },
  now: wednesday,
  holidayDay,
  t: wordsFor(lang),
})
const place = (over: Partial<Location>): Location => ({
  ...validContent.locations[0]!,
  ...over,
})

describe('hours said once (issue 22)', () => {
  it('24/7: the state says it all, so the schedule does not repeat it', () => {
    const p = presentPlace(place({ openingHours: '24/7' }), ctx(validContent))
    expect(p.opening?.text).toBe('Open 24 hours')
    expect(p.schedule).toBe('Open 24 hours')
    expect(p.scheduleAddsToOpening).toBe(false)
  })

  it('weekly hours add to "open now"', () => {
    const p = presentPlace(place({ openingHours: 'Mo-Fr 08:30-17:00' }), ctx(validContent))
    expect(p.opening?.text).toBe('Open now · closes at 17:00')
    expect(p.schedule).toBe('Mon–Fri 08:30–17:00')
    expect(p.scheduleAddsToOpening).toBe(true)
  })

  it("keeps a note only when it adds something, in the visitor's language", () => {
    const same = { 'zh-Hans': '24小时开放。', en: 'Open 24 hours.' }
    const more = {
      'zh-Hans': '24小时接受求助，夜间请按门铃。',
      en: 'Help 24 hours; ring at night.',
    }
    const at = (note: Location['hoursNote'], lang: 'zh-Hans' | 'en') =>
      presentPlace(place({ openingHours: '24/7', hoursNote: note }), ctx(validContent, lang))
    expect(at(same, 'en').hoursNote).toBeUndefined()
    expect(at(same, 'zh-Hans').hoursNote).toBeUndefined()
    expect(at(more, 'en').hoursNote).toEqual(more)
    expect(at(more, 'zh-Hans').hoursNote).toEqual(more)
  })

  it('addsSomething ignores case, spaces and punctuation', () => {
    expect(addsSomething('open 24 HOURS!', ['Open 24 hours'])).toBe(false)
    expect(addsSomething('', ['x'])).toBe(false)
    expect(addsSomething('Closed on Sundays', ['Open 24 hours', undefined])).toBe(true)
  })

  it('without a "now" (a recording made ahead of time) says no state, only the schedule', () => {
    const p = presentPlace(place({ openingHours: '24/7' }), {
      ...ctx(validContent),
      now: undefined,
    })
    expect(p.opening).toBeUndefined()
    expect(p.scheduleAddsToOpening).toBe(true)
  })
})

describe('warnings', () => {
  const sample: Content = { ...validContent, dataset: { ...validContent.dataset, sample: true } }

  it("sample content: the screen's line, and a short one for the QR code, in each language", () => {
    const [w] = presentPlace(validContent.locations[0]!, ctx(sample, 'ko')).warnings
    expect(w).toEqual({
      kind: 'sample',
      text: '시연용 내용입니다. 해당 기관의 확인을 받지 않았으니, 이용하기 전에 기관에 직접 확인하세요.',
      short: '시연용 내용 · 기관 확인 전',
    })
  })

  it('past review: "may be out of date — call … to check", with the item\'s own phone', () => {
    const content = structuredClone(validContent)
    const service = content.services[0]!
    service.reviewBy = '2026-01-13'
    const [w] = presentService(service, ctx(content, 'zh-Hans')).warnings
    expect(w?.kind).toBe('stale')
    expect(w?.text).toMatch(/^这条信息可能已过时/)
    service.reviewBy = '2026-01-14'
    expect(presentService(service, ctx(content)).warnings).toEqual([])
  })

  it('never says an emergency number is out of date', () => {
    const content = structuredClone(validContent)
    content.dataset.reviewBy = '2020-01-01'
    const police = content.phones.find((p) => p.number === '110')!
    expect(presentHotline(police, ctx(content)).warnings).toEqual([])
  })

  it('names the public-holiday gap in a year whose holidays are not published', () => {
    const p = presentPlace(place({ openingHours: 'Mo-Fr 08:30-17:00' }), {
      ...ctx(validContent),
      now: new Date('2027-02-05T10:00:00+08:00'),
    })
    expect(p.warnings.map((w) => w.kind)).toEqual(['holidays'])
  })
})
