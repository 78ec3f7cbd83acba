import { describe, expect, it } from 'vitest'
import { checkContent } from '../check'
import { validContent } from '../fixtures/validContent'
import type { Content } from '../schema'
import { PLAIN_LIMITS, plainLanguageProblems, sentencesOf } from './plainLanguage'

function withService(change: (s: Content['services'][number]) => void): Content {
  const copy = structuredClone(validContent)
  const service = copy.services[0]
  if (!service) throw new Error('the fixture has no service')
  change(service)
  return copy
}

const plainWarnings = (content: Content) =>
  checkContent(content).problems.filter((p) => p.message.startsWith('plain language'))

describe('sentencesOf', () => {
  it('splits at Chinese and Latin full stops but keeps decimals and "No.3" whole', () => {
    expect(sentencesOf('先去救助站。再打电话！好吗？')).toEqual([
      '先去救助站。',
      '再打电话！',
      '好吗？',
    ])
    expect(sentencesOf('Walk 1.5 km to No.3 Road. Then call.')).toEqual([
      'Walk 1.5 km to No.3 Road.',
      'Then call.',
    ])
  })
})

describe('plain-language warnings', () => {
  it('say nothing about short, plain services', () => {
    expect(plainLanguageProblems(validContent)).toEqual([])
  })

  it('warn about a Chinese summary over the limit, with its path and length', () => {
    const long = '有'.repeat(PLAIN_LIMITS['zh-Hans'].summaryChars - 1) + '。短句。'
    const problems = plainWarnings(withService((s) => (s.summary['zh-Hans'] = long)))
    expect(problems.map((p) => [p.severity, p.path])).toContainEqual([
      'warning',
      'services[0].summary.zh-Hans',
    ])
    expect(problems[0]?.message).toContain(`${[...long].length} characters`)
  })

  it('warn about an English sentence with too many words, naming which sentence', () => {
    const wordy = `Short first. ${'word '.repeat(PLAIN_LIMITS.en.sentence + 1).trim()}.`
    const problems = plainWarnings(withService((s) => (s.summary.en = wordy)))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('services[0].summary.en')
    expect(problems[0]?.message).toContain(`sentence 2 has ${PLAIN_LIMITS.en.sentence + 1} words`)
  })

  it('hold a plain summary to its own, shorter limit', () => {
    const text = '가'.repeat(PLAIN_LIMITS.ko.plainSummaryChars + 1)
    const content = withService((s) => (s.plainSummary = { 'zh-Hans': '短。', ko: text }))
    const problems = plainWarnings(content)
    expect(problems.map((p) => p.path)).toEqual([
      'services[0].plainSummary.ko',
      'services[0].plainSummary.ko',
    ])
    // Warnings only: the content is still accepted.
    expect(checkContent(content).ok).toBe(true)
  })
})
