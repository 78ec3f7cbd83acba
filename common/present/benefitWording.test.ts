import { describe, expect, it } from 'vitest'
import type { Benefit, Language, LocalizedText } from '../content/schema'
import { wordsFor } from '../i18n/words'
import { benefitWording } from './benefitWording'

const words = (b: Benefit, lang: Language) => {
  const t = wordsFor(lang, 'common')
  const text = (v: LocalizedText) => v[lang] ?? v['zh-Hans']
  return benefitWording(b, lang, (k, v) => t(k, v), text)
}
const description = { 'zh-Hans': '说明', en: 'About', ko: '설명' }
const streetOffice = { 'zh-Hans': '街道办事处', en: 'the street office', ko: '가도 사무소' }

describe('benefitWording', () => {
  it('reads an approval limit as "up to", naming who approves', () => {
    const limit: Benefit = {
      description,
      amountCny: 1000,
      per: 'person',
      amountKind: 'limit',
      approvedBy: streetOffice,
    }
    expect(words(limit, 'en')).toEqual({
      amount: 'up to ¥1,000',
      caption: 'per person (approved by the street office)',
      notes: [],
    })
    expect(words(limit, 'zh-Hans')).toMatchObject({
      amount: '最多 ¥1,000',
      caption: '每人（由街道办事处审批）',
    })
    expect(words(limit, 'ko')).toMatchObject({
      amount: '최대 ¥1,000',
      caption: '1인당 (가도 사무소 승인)',
    })
  })

  it('reads a payment as the amount itself, per person or per household', () => {
    const holiday: Benefit = { description, amountCny: 500, per: 'person-or-household' }
    expect(words(holiday, 'en')).toEqual({
      amount: '¥500',
      caption: 'per person, or per household',
      notes: [],
    })
  })

  it('says goods are goods, and that help for chosen households is not applied for', () => {
    const visits: Benefit = {
      description,
      amountCny: 500,
      per: 'household',
      form: 'goods',
      items: { 'zh-Hans': '米、面、油', en: 'rice, flour and oil', ko: '쌀, 밀가루, 기름' },
      appliedFor: false,
    }
    expect(words(visits, 'en')).toEqual({
      amount: '¥500 in goods',
      caption: 'per household',
      notes: ['In goods: rice, flour and oil', 'For selected households — not applied for.'],
    })
    expect(words(visits, 'zh-Hans').notes).toEqual([
      '实物：米、面、油',
      '发给事先确定的家庭，不需要也不能申请。',
    ])
  })

  it('gives only notes when there is no amount', () => {
    expect(words({ description }, 'en')).toEqual({ notes: [] })
  })
})
