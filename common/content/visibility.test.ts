import { describe, expect, it } from 'vitest'
import { validContent } from './fixtures/validContent'
import type { Content } from './schema'
import { chinaDay, expiredItems, visibleContent } from './visibility'

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
