import { describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import type { Content } from '../../common/content/schema'
import { confirmList, confirmListText } from './confirmList'

function crafted(): Content {
  const c = structuredClone(validContent)
  c.services[0]!.provider = { 'zh-Hans': '长春市慈善会' }
  c.services[0]!.unconfirmed = ['howToApply']
  c.services[1]!.unconfirmed = ['validUntil'] // no provider, no places: its hotline says who
  c.locations[0]!.unconfirmed = ['address']
  c.phones[0]!.unconfirmed = ['number']
  c.kioskSites[0]!.unconfirmed = ['geo']
  c.faqs[0]!.reviewBy = '2026-11-30'
  c.dataset.reviewBy = '2027-01-01'
  return c
}

describe('confirmList', () => {
  it('names the leads of a fact: the value to check by phone and where it was found', () => {
    const c = crafted()
    c.locations[0]!.leads = [
      { field: 'address', value: '长春市某大路1号', foundIn: '未注明日期的名单 / an undated list' },
    ]
    const list = confirmList(c, '2026-12-02')
    const address = list.find((e) => e.id === 'station-office' && e.field === 'address')
    expect(address?.leads).toEqual([
      { value: '长春市某大路1号', foundIn: '未注明日期的名单 / an undated list' },
    ])
    expect(list.filter((e) => e.leads.length > 0)).toHaveLength(1)
    const text = confirmListText(list)
    const at = text.findIndex((l) => l.includes('(station-office)  address:'))
    expect(text[at + 1]).toBe(
      '      线索（请电话核实，勿直接采用）/ lead (check by phone, do not copy): 长春市某大路1号 — 出处 / found in: 未注明日期的名单 / an undated list',
    )
  })

  it('groups each fact under the office that can confirm it, with numbers to call', () => {
    const list = confirmList(crafted(), '2026-12-02')
    const summary = list.map((e) => [e.office, e.collection, e.id, e.field, e.call])
    expect(summary).toEqual([
      ['civil-affairs', 'services', 'winter', 'validUntil', ['0431-88881234']],
      ['charity', 'services', 'rescue', 'howToApply', ['110', '0431-88881234']],
      ['police', 'phones', 'police', 'number', ['110']],
      ['site-host', 'locations', 'station-office', 'address', ['0431-88881234']],
      ['site-host', 'kioskSites', 'central-station', 'geo', []],
      ['content-office', 'faqs', validContent.faqs[0]!.id, '(复核)', []],
    ])
  })

  it('lists items past their review date (own date, else the dataset default), not before', () => {
    const c = crafted()
    expect(confirmList(c, '2026-11-30').some((e) => e.reason === 'review-due')).toBe(false)
    const due = confirmList(c, '2027-01-02').filter((e) => e.reason === 'review-due')
    const items = c.categories.length + c.services.length + c.locations.length + c.phones.length
    const more = c.kioskSites.length + c.notices.length + c.faqs.length
    const screener = c.screener.questions.length + c.screener.rules.length
    expect(due).toHaveLength(items + more + screener)
  })

  it('prints one block per office, naming the sheet row to edit', () => {
    const text = confirmListText(confirmList(crafted(), '2026-12-02'))
    expect(text[0]).toBe(
      '== 民政部门（民政局、救助管理站、街道办事处） / Civil affairs (bureau, rescue station, street offices) (1)',
    )
    expect(text).toContain(
      '  地点!3  车站救助点 (station-office)  address: （空 / empty）  [待确认 unconfirmed]  ☎ 0431-88881234',
    )
    expect(confirmListText([])).toEqual(['没有待确认的事实。/ Nothing to confirm.'])
  })
})
