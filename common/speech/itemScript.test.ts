import { describe, expect, it } from 'vitest'
import { validContent } from '../content/fixtures/validContent'
import { itemScript } from './itemScript'

const service = validContent.services[0]!
const phone = validContent.phones[0]!

describe('itemScript', () => {
  it('says a service in screen order: name, summary, who, steps, where, phone digit by digit', () => {
    const script = itemScript(validContent, 'services', service.id, 'en')!
    const lines = script.split('\n')
    expect(lines[0]).toBe(service.name.en)
    expect(lines[1]).toBe(service.summary.en)
    expect(lines[2]).toBe(`Who it is for: ${service.eligibility.description.en}`)
    expect(lines).toContain(`Step 1: ${service.howToApply[0]!.en}`)
    expect(lines.at(-1)).toBe(`${phone.name.en} ${[...phone.number].join(' ')}`)
  })

  it('uses only text written in the language: a missing translation is left out', () => {
    const content = structuredClone(validContent)
    delete content.services[0]!.summary.ko
    const script = itemScript(content, 'services', service.id, 'ko')!
    expect(script).toContain(service.name.ko)
    expect(script).not.toContain(service.summary['zh-Hans'])
  })

  it('gives nothing when the name itself is not translated, or the item does not exist', () => {
    const content = structuredClone(validContent)
    delete content.phones[0]!.name.en
    expect(itemScript(content, 'phones', phone.id, 'en')).toBeUndefined()
    expect(itemScript(content, 'notices', 'no-such-notice', 'zh-Hans')).toBeUndefined()
  })

  it('says what an amount is, as the service page does: a limit is "up to", goods are goods', () => {
    const content = structuredClone(validContent)
    const benefit: (typeof content.services)[number]['benefits'][number] = {
      description: { 'zh-Hans': '临时救助金', en: 'Temporary relief money', ko: '임시 구호금' },
      amountCny: 1000,
      amountKind: 'limit',
      per: 'person',
    }
    content.services[0]!.benefits = [benefit]
    const spoken = (lang: 'zh-Hans' | 'en' | 'ko') =>
      itemScript(content, 'services', service.id, lang)!
    expect(spoken('en')).toContain('up to 1000 yuan per person')
    expect(spoken('zh-Hans')).toContain('最多1000元 每人')
    expect(spoken('ko')).toContain('최대 1000위안 1인당')
    Object.assign(benefit, {
      amountCny: 500,
      amountKind: 'payment',
      form: 'goods',
      per: 'household',
    })
    expect(spoken('en')).toContain('500 yuan in goods per household')
    expect(spoken('en')).not.toContain('up to')
  })

  it("says the screen's warnings: sample content always, past review only when told the day", () => {
    const content = structuredClone(validContent)
    content.dataset.sample = true
    content.services[0]!.reviewBy = '2025-06-30'
    const after = new Date('2025-07-02T09:00:00+08:00')
    const zh = itemScript(content, 'services', service.id, 'zh-Hans', after)!.split('\n')
    expect(zh[1]).toBe('演示内容：本机信息未经有关部门确认，办事前请先向有关部门核实。')
    expect(zh[2]).toMatch(/^这条信息可能已过时，/)
    // A label in Chinese takes the full-width colon, as the screen's words do.
    expect(zh).toContain(`适用人群：${service.eligibility.description['zh-Hans']}`)
    const ko = itemScript(content, 'services', service.id, 'ko', after)!
    expect(ko).toContain('시연용 내용입니다.')
    expect(ko).toContain('이 정보는 최신이 아닐 수 있습니다.')
    // A recording made ahead of time cannot know the day it is played: no age line then.
    expect(itemScript(content, 'services', service.id, 'en')).not.toContain('out of date')
  })

  it('says a place\'s hours once: "Open 24 hours", and a note only when it adds something', () => {
    const content = structuredClone(validContent)
    const place = content.locations[0]!
    place.openingHours = '24/7'
    place.hoursNote = { 'zh-Hans': '24小时开放', en: 'Open 24 hours.' }
    const en = itemScript(content, 'locations', place.id, 'en')!
    expect(en.match(/24 hours/g)).toHaveLength(1)
    place.hoursNote = { 'zh-Hans': '夜间请按门铃', en: 'At night, ring the bell.' }
    expect(itemScript(content, 'locations', place.id, 'en')).toContain(
      'Open 24 hours\nAt night, ring the bell.',
    )
  })
})
