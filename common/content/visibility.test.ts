import { describe, expect, it } from 'vitest'
import { validContent } from './fixtures/validContent'
import type { Content } from './schema'
import { tymeCalendar } from '../domain/tymeCalendar'
import * as visibility from './visibility'
import { chinaDay, expiredItems } from './visibility'

// Festival windows read the calendar they are given; here the library's own.
const visibleContent = (content: Content, now: Date) =>
  visibility.visibleContent(content, now, tymeCalendar)

/** validContent: "winter" runs 2021-01-15..2021-02-28, notice "cold-wave" until 2021-01-20. */
const at = (iso: string) => new Date(iso)
const ids = (c: Content) => ({
  services: c.services.map((s) => s.id),
  notices: c.notices.map((n) => n.id),
})

describe('chinaDay', () => {
  it('uses the calendar day in China, not UTC', () => {
    expect(chinaDay(at('2021-01-20T16:30:00Z'))).toBe('2021-01-21')
    expect(chinaDay(at('2021-01-20T15:59:59Z'))).toBe('2021-01-20')
  })
})

describe('visibleContent', () => {
  it('shows seasonal items inside their window and permanent ones always', () => {
    const result = visibleContent(validContent, at('2021-01-20T10:00:00+08:00'))
    expect(ids(result.content)).toEqual({ services: ['rescue', 'winter'], notices: ['cold-wave'] })
    expect(result).toMatchObject({ hidden: [], clockSuspect: false })
  })

  it('keeps an item on its last day (validUntil is inclusive, in China time)', () => {
    const lastMinute = visibleContent(validContent, at('2021-01-20T23:59:00+08:00'))
    expect(ids(lastMinute.content).notices).toEqual(['cold-wave'])
    const nextDay = visibleContent(validContent, at('2021-01-21T00:00:00+08:00'))
    expect(ids(nextDay.content).notices).toEqual([])
    expect(nextDay.hidden).toEqual([
      { kind: 'notice', id: 'cold-wave', validUntil: '2021-01-20', reason: 'expired' },
    ])
  })

  it('hides items before validFrom and after validUntil, keeping permanent ones', () => {
    const before = visibleContent(validContent, at('2021-01-12T10:00:00+08:00'))
    expect(ids(before.content).services).toEqual(['rescue'])
    expect(before.hidden).toEqual([
      { kind: 'service', id: 'winter', validUntil: '2021-02-28', reason: 'notYetValid' },
    ])
    const today = visibleContent(validContent, at('2026-11-28T10:00:00+08:00'))
    expect(ids(today.content)).toEqual({ services: ['rescue'], notices: [] })
    expect(today.hidden.map((h) => `${h.kind}:${h.id}:${h.reason}`)).toEqual([
      'service:winter:expired',
      'notice:cold-wave:expired',
    ])
  })

  it('hides inactive services', () => {
    const content = structuredClone(validContent)
    content.services[0]!.status = 'inactive'
    const result = visibleContent(content, at('2021-01-20T10:00:00+08:00'))
    expect(ids(result.content).services).toEqual(['winter'])
    expect(result.hidden).toEqual([{ kind: 'service', id: 'rescue', reason: 'inactive' }])
  })

  it('stops screener rules suggesting hidden services, dropping rules left empty', () => {
    const content = structuredClone(validContent)
    content.services[0]!.status = 'inactive'
    const result = visibleContent(content, at('2021-01-20T10:00:00+08:00'))
    expect(result.content.screener.rules.map((r) => [r.id, r.serviceIds])).toEqual([
      ['clothes', ['winter']],
    ])
  })

  it('hides nothing and flags the clock when it is earlier than publishedAt', () => {
    const result = visibleContent(validContent, at('2020-06-01T10:00:00+08:00'))
    expect(result).toEqual({ content: validContent, hidden: [], clockSuspect: true })
  })

  it('treats an invalid clock as suspect rather than hiding everything', () => {
    expect(visibleContent(validContent, new Date(Number.NaN)).clockSuspect).toBe(true)
  })

  it('does not change the content it was given', () => {
    const copy = structuredClone(validContent)
    visibleContent(copy, at('2026-11-28T10:00:00+08:00'))
    expect(copy).toEqual(validContent)
  })
})

describe('visibleContent with windows', () => {
  const day = (d: string) => at(`${d}T10:00:00+08:00`)

  it('drops every kind of item outside its windows', () => {
    const content = structuredClone(validContent)
    const summer = [{ kind: 'yearly' as const, from: '06-01', until: '08-31' }]
    content.faqs[0]!.windows = summer
    content.locations[0]!.windows = summer
    content.phones[1]!.windows = summer
    const winter = visibleContent(content, day('2021-01-20')).content
    expect(winter.faqs).toEqual([])
    expect(winter.locations.map((l) => l.id)).not.toContain(content.locations[0]!.id)
    expect(winter.phones.map((p) => p.id)).toEqual(['police'])
    const june = visibleContent(content, day('2021-06-02')).content
    expect(june.faqs.map((f) => f.id)).toEqual(['no-id-card'])
    expect(june.phones.map((p) => p.id)).toEqual(['police', 'civil-affairs'])
  })

  it('takes a category with nothing in force off the home screen', () => {
    const content = structuredClone(validContent)
    content.phones[1]!.windows = [{ kind: 'dates', until: '2021-01-01' }]
    content.faqs[0]!.windows = [{ kind: 'dates', until: '2021-01-01' }]
    // "money" holds the winter service (until 2021-02-28), a phone and a FAQ.
    expect(visibleContent(content, day('2021-02-01')).content.categories.map((c) => c.id)).toEqual([
      'shelter',
      'money',
    ])
    expect(visibleContent(content, day('2021-03-01')).content.categories.map((c) => c.id)).toEqual([
      'shelter',
    ])
  })

  it('hides a category by its own window even when it has items', () => {
    const content = structuredClone(validContent)
    content.categories[1]!.windows = [{ kind: 'dates', from: '2022-01-01' }]
    expect(visibleContent(content, day('2021-01-20')).content.categories.map((c) => c.id)).toEqual([
      'shelter',
    ])
  })

  it('does not ask a question whose answers lead to no rule in force', () => {
    const content = structuredClone(validContent)
    // The "need" question's only rule suggests winter (ends 2021-02-28) and rescue.
    content.screener.rules[1]!.serviceIds = ['winter']
    const during = visibleContent(content, day('2021-02-01')).content.screener
    expect(during.questions.map((q) => q.id)).toEqual(['bed', 'need'])
    const after = visibleContent(content, day('2021-03-01')).content.screener
    expect(after.questions.map((q) => q.id)).toEqual(['bed'])
    expect(after.rules.map((r) => r.id)).toEqual(['no-bed'])
  })

  it('drops rules and questions outside their own windows', () => {
    const content = structuredClone(validContent)
    content.screener.questions[0]!.windows = [{ kind: 'dates', until: '2021-01-15' }]
    const result = visibleContent(content, day('2021-01-20')).content.screener
    expect(result.questions.map((q) => q.id)).toEqual(['need'])
    expect(result.rules.map((r) => r.id)).toEqual(['clothes'])
    content.screener.rules[1]!.windows = [{ kind: 'yearly', from: '12-01', until: '12-31' }]
    expect(visibleContent(content, day('2021-01-20')).content.screener.questions).toEqual([])
  })

  it('shows a recurring service again every winter', () => {
    const content = structuredClone(validContent)
    const winter = content.services[1]!
    delete winter.validFrom
    delete winter.validUntil
    winter.windows = [{ kind: 'yearly', from: '11-01', until: '03-31' }]
    const shown = (d: string) => visibleContent(content, day(d)).content.services.map((s) => s.id)
    expect(shown('2026-12-02')).toEqual(['rescue', 'winter'])
    expect(shown('2027-02-05')).toEqual(['rescue', 'winter'])
    expect(shown('2026-06-01')).toEqual(['rescue'])
    expect(visibleContent(content, day('2026-06-01')).hidden).toContainEqual({
      kind: 'service',
      id: 'winter',
      reason: 'notYetValid',
    })
  })
})

describe('expiredItems', () => {
  it('lists expired services and notices for staff, oldest first', () => {
    expect(expiredItems(validContent, at('2026-11-28T10:00:00+08:00'))).toEqual([
      {
        kind: 'notice',
        id: 'cold-wave',
        name: validContent.notices[0]!.title,
        validUntil: '2021-01-20',
      },
      {
        kind: 'service',
        id: 'winter',
        name: validContent.services[1]!.name,
        validUntil: '2021-02-28',
      },
    ])
  })

  it('lists nothing while everything is still valid', () => {
    expect(expiredItems(validContent, at('2021-01-20T10:00:00+08:00'))).toEqual([])
  })
})
