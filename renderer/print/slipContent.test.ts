import { describe, expect, it } from 'vitest'
import { holidayDay } from '../../common/domain/holidays'
import type { Language, Phone } from '../../common/content/schema'
import { i18n, loadResources } from '../i18n'
import { hotlineQrText, placeQrText } from '../share/qrText'
import { testContent, testLocation } from '../share/placesTestContent'
import { placesTranslate } from '../share/placesTestI18n'
import { resolveSite } from '../state/site'
import { defaultSettings } from '../../common/settings/schema'
import { hotlineSlip, placeSlip, type SlipContext } from './slipContent'

const phones: Phone[] = [1, 2, 3, 4].map((n) => ({
  id: `hotline-${n}`,
  number: `1${n}0`,
  name: { 'zh-Hans': `热线${n}`, en: `Hotline ${n}`, ko: `핫라인 ${n}` },
  available24h: true,
  priority: n,
  categoryIds: [],
}))
const place = testLocation({
  id: 'warm',
  name: { 'zh-Hans': '夜间避寒点', en: 'Night warming point', ko: '야간 대피소' },
  geo: { lat: 43.901, lng: 125.301, crs: 'wgs84' },
  openingHours: 'Mo-Su 20:00-08:00',
  address: { 'zh-Hans': '南广场东侧', en: 'East side of the south square' },
  phoneIds: ['hotline-4'],
})
const sampleContent = testContent({ locations: [place], phones })
/** Confirmed content: each slip's shape, without the sample line. */
const content = { ...sampleContent, dataset: { ...sampleContent.dataset, sample: false } }

function ctx(lang: Language, over: Partial<SlipContext> = {}): SlipContext {
  const printT = i18n.getFixedT(lang, 'print')
  return {
    content,
    lang,
    site: resolveSite(content, defaultSettings()),
    now: new Date('2021-01-20T10:00:00+08:00'),
    holidayDay,
    places: placesTranslate(lang),
    print: (key, values) => printT(key, values),
    ...over,
  }
}

describe('slip content', async () => {
  const resources = await loadResources()
  for (const [lang, bundles] of Object.entries(resources))
    for (const [ns, tree] of Object.entries(bundles)) i18n.addResourceBundle(lang, ns, tree)

  for (const lang of ['zh-Hans', 'en', 'ko'] as const) {
    it(`a place slip in ${lang}: title, address, today's hours, hotlines, the on-screen QR text`, () => {
      const slip = placeSlip(place, ctx(lang))
      const text = slip.lines.map((l) => l.text).join('\n')
      expect(slip.lines[0]).toEqual({
        text: place.name[lang] ?? place.name['zh-Hans'],
        style: 'title',
      })
      expect(text).toContain(place.address?.['zh-Hans'])
      expect(text).toContain('20:00')
      for (const n of ['110', '120', '130']) expect(text).toContain(n)
      // The place's own phone once; the hotline list holds only the three priority hotlines.
      expect(slip.lines.filter((l) => l.text.startsWith('140  ')).length).toBe(1)
      expect(slip.qrText).toBe(
        placeQrText(place, {
          content,
          lang,
          site: resolveSite(content, defaultSettings()),
          now: new Date('2021-01-20T10:00:00+08:00'),
          holidayDay,
          t: placesTranslate(lang),
        }),
      )
      // No translation key leaks onto paper.
      expect(text).not.toMatch(/slip\.|qr\./)
      expect(slip.footer.map((l) => l.text).join()).not.toMatch(/slip\./)
    })
  }

  it('a hotline slip lists the other priority hotlines, not itself twice', () => {
    const slip = hotlineSlip(phones[0]!, ctx('en'))
    expect(slip.lines.filter((l) => l.text.startsWith('110')).length).toBe(1)
    expect(slip.lines.some((l) => l.text.startsWith('140'))).toBe(true)
    expect(slip.qrText).toBe(
      hotlineQrText(phones[0]!, {
        content,
        lang: 'en',
        now: new Date('2021-01-20T10:00:00+08:00'),
        holidayDay,
        t: placesTranslate('en'),
      }),
    )
  })

  it.each([
    [
      'zh-Hans',
      '演示内容：本机信息未经有关部门确认，办事前请先向有关部门核实。',
      '这条信息可能已过时，请拨打 140 核实。',
    ],
    [
      'ko',
      '시연용 내용입니다. 해당 기관의 확인을 받지 않았으니, 이용하기 전에 기관에 직접 확인하세요.',
      '이 정보는 최신이 아닐 수 있습니다. 140번으로 전화해 확인하세요.',
    ],
  ] as const)(
    '%s: the sample and out-of-date lines right under the title (issue 22)',
    (lang, sample, stale) => {
      const old = { ...place, reviewBy: '2021-01-01' }
      const slip = placeSlip(old, ctx(lang, { content: { ...sampleContent, locations: [old] } }))
      expect(slip.lines.slice(1, 3)).toEqual([
        { text: sample, style: 'body' },
        { text: stale, style: 'body' },
      ])
      expect(slip.qrText).toContain(stale)
    },
  )

  it('a 24-hour place: "Open 24 hours" once, and a note only when it adds something', () => {
    const always = (hoursNote: typeof place.hoursNote) =>
      placeSlip({ ...place, openingHours: '24/7', hoursNote }, ctx('en'))
        .lines.map((l) => l.text)
        .join('\n')
    expect(
      always({ 'zh-Hans': '24小时开放', en: 'Open 24 hours.' }).match(/24 hours/g),
    ).toHaveLength(1)
    expect(always({ 'zh-Hans': '夜间按门铃', en: 'At night, ring the bell.' })).toContain(
      'Open 24 hours\nAt night, ring the bell.',
    )
  })
})
