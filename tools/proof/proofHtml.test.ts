import { describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { diffContent } from './diff'
import { proofHtml } from './proofHtml'

const before = structuredClone(validContent)
const after = structuredClone(validContent)
after.phones[1]!.number = '0431-88885678'
after.services[1]!.benefits[0]!.amountCny = 1500
after.services[0]!.unconfirmed = ['howToApply']
delete after.faqs[0]!.answer.ko
after.notices = after.notices.filter((n) => n.id !== 'cold-wave')

describe('diffContent', () => {
  it('matches items by id and lists each changed value, added and removed items', () => {
    const changes = diffContent(before, after)
    expect(changes).toContainEqual({
      collection: 'phones',
      id: 'civil-affairs',
      kind: 'changed',
      changes: [
        { path: 'number', field: 'number', before: '0431-88881234', after: '0431-88885678' },
      ],
    })
    expect(changes).toContainEqual({
      collection: 'notices',
      id: 'cold-wave',
      kind: 'removed',
      changes: [],
    })
    const reordered = structuredClone(before)
    reordered.phones.reverse()
    expect(diffContent(before, reordered)).toEqual([])
  })
})

describe('proofHtml', () => {
  const html = proofHtml(after, {
    against: before,
    file: 'new.json',
    againstFile: 'old.json',
    today: '2026-12-03',
  })

  it('puts phone numbers and amounts first in the summary', () => {
    const summary = html.slice(html.indexOf('class="summary"'), html.indexOf('</section>'))
    expect(summary.indexOf('电话号码 Phone numbers')).toBeLessThan(summary.indexOf('金额 Amounts'))
    expect(summary).toContain('<del>0431-88881234</del> → <ins>0431-88885678</ins>')
    expect(summary).toMatch(
      /benefits\[0\]\.amountCny<\/code>: <del>¥[\d,]+<\/del> → <ins>¥1,500<\/ins>/,
    )
    expect(summary).toContain('删除 removed')
  })

  it('shows every text in all three languages side by side, marking a missing translation', () => {
    for (const lang of ['zh-Hans', 'en', 'ko']) expect(html).toContain(`<td lang="${lang}">`)
    expect(html).toContain(`<td lang="en">${validContent.faqs[0]!.answer.en}</td>`)
    expect(html).toContain('无译文，显示中文 / no translation: Chinese shown')
  })

  it('marks changed rows, their old values, and unconfirmed facts', () => {
    expect(html).toMatch(/<tr class="changed"><th scope="row">电话号码<br>/)
    expect(html).toContain('<tr class="was">')
    expect(html).toMatch(
      /<tr class="unconfirmed"><th scope="row">办理步骤<br><span class="en">howToApply<\/span><span class="badge unconfirmed">/,
    )
  })

  it('is self-contained: no script, no external reference, a CSP that forbids requests', () => {
    expect(html).not.toMatch(/<script|<link|src=|url\(/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).toContain('@page { size: A4')
  })

  it('says coded values in a clerk’s words, with the code small beside them', () => {
    const c = structuredClone(after)
    c.services[1]!.benefits[0] = {
      ...c.services[1]!.benefits[0]!,
      amountKind: 'limit',
      per: 'person',
      appliedFor: false,
    }
    const proof = proofHtml(c, { file: 'x', today: '2026-12-03' })
    const code = (word: string, value: string) => `${word} <small class="code">${value}</small>`
    expect(proof).toContain(
      code('最多（审批上限） · up to (the most an office may approve)', 'limit'),
    )
    expect(proof).toContain(code('每人 · per person', 'person'))
    expect(proof).toContain(
      code('不用申请：发给部门选定的家庭 · not applied for: given to chosen households', 'false'),
    )
    expect(proof).toContain(`<td colspan="3">${code('车站 · station', 'station')}</td>`)
    // An eligibility rule reads as the question and the answer that leads to the service.
    const bed = c.screener.questions.find((q) => q.id === 'bed')!
    expect(proof).toContain(code(`${bed.text['zh-Hans']} → 否`, 'no-bed'))
    expect(proof).toContain(code(`${bed.text.en} → no`, 'no-bed'))
  })

  it('escapes content text', () => {
    const evil = structuredClone(after)
    evil.faqs[0]!.question['zh-Hans'] = '<img src=x onerror=alert(1)>'
    expect(proofHtml(evil, { file: 'x', today: '2026-12-03' })).toContain(
      '&lt;img src=x onerror=alert(1)&gt;',
    )
  })
})
