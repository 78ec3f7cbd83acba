import { describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { addRampField, ADDED_TEXT } from '../../common/present/testing/addedField'
import { proofHtml } from './proofHtml'

describe('the proof\'s "as the visitor reads it" row', () => {
  it('shows a field added in one place (common/present/facts.ts), in every language', () => {
    const { content, restore } = addRampField(validContent)
    const rows = () =>
      (
        proofHtml(content, { file: 'c.json', today: '2026-01-14' }).match(
          /<tr class="visitor-view">.*?<\/tr>/gs,
        ) ?? []
      ).join('\n')
    try {
      for (const words of Object.values(ADDED_TEXT)) expect(rows()).toContain(words)
    } finally {
      restore()
    }
    // Without the entry the row does not have it: the entry, not the data, put it there.
    expect(rows()).not.toContain(ADDED_TEXT.en)
  })

  it('carries the warnings the kiosk shows: sample content, past review on the proof day', () => {
    const content = structuredClone(validContent)
    content.dataset.sample = true
    content.services[0]!.reviewBy = '2026-01-10'
    const html = proofHtml(content, { file: 'c.json', today: '2026-01-14' })
    expect(html).toContain('⚠ 시연용 내용입니다.')
    expect(html).toContain('⚠ This information may be out of date')
  })
})
