import { describe, expect, it } from 'vitest'
import type { Screener } from '../content/schema'
import { suggestServices } from './screener'

const screener: Screener = {
  questions: [
    { id: 'sleep', text: { 'zh-Hans': '今晚有地方住吗？' }, kind: 'yesno' },
    { id: 'local', text: { 'zh-Hans': '户籍在本地吗？' }, kind: 'yesno' },
    {
      id: 'need',
      text: { 'zh-Hans': '需要什么？' },
      kind: 'oneOf',
      options: [
        { id: 'wages', label: { 'zh-Hans': '工资' } },
        { id: 'money', label: { 'zh-Hans': '钱' } },
      ],
    },
  ],
  rules: [
    {
      id: 'no-bed',
      when: [{ questionId: 'sleep', answer: 'no' }],
      serviceIds: ['rescue', 'warmth'],
    },
    {
      id: 'non-local-money',
      when: [
        { questionId: 'local', answer: 'no' },
        { questionId: 'need', answer: 'money' },
      ],
      serviceIds: ['temporary-relief'],
    },
    {
      id: 'wages',
      when: [{ questionId: 'need', answer: 'wages' }],
      serviceIds: ['wage-complaint'],
    },
    {
      id: 'no-bed-again',
      when: [{ questionId: 'sleep', answer: 'no' }],
      serviceIds: ['warmth', 'temporary-relief'],
    },
  ],
}

describe('suggestServices', () => {
  it('suggests nothing before any answer', () => {
    expect(suggestServices(screener, {})).toEqual([])
  })

  it('returns services in rule order without duplicates', () => {
    expect(suggestServices(screener, { sleep: 'no' })).toEqual([
      'rescue',
      'warmth',
      'temporary-relief',
    ])
  })

  it('needs every condition of a rule to match', () => {
    expect(suggestServices(screener, { need: 'money' })).toEqual([])
    expect(suggestServices(screener, { local: 'no', need: 'money' })).toEqual(['temporary-relief'])
  })

  it('combines rules that match different answers', () => {
    expect(suggestServices(screener, { sleep: 'no', need: 'wages' })).toEqual([
      'rescue',
      'warmth',
      'wage-complaint',
      'temporary-relief',
    ])
  })

  it('ignores answers to unknown questions and inherited keys', () => {
    const answers = Object.create({ sleep: 'no' }) as Record<string, string>
    answers.other = 'no'
    expect(suggestServices(screener, answers)).toEqual([])
  })
})
