import type { Content, LocalizedText } from './schema'

import { chinaDay } from '../domain/chinaTime'

// Content dates are calendar days in the kiosk's region (China).
export { chinaDay }

export type HiddenItem = {
  kind: 'service' | 'notice'
  id: string
  validUntil?: string
  reason: 'expired' | 'notYetValid' | 'inactive'
}

type TimeBound = { validFrom?: string; validUntil?: string }

function windowState(item: TimeBound, today: string): HiddenItem['reason'] | undefined {
  if (item.validUntil !== undefined && today > item.validUntil) return 'expired'
  if (item.validFrom !== undefined && today < item.validFrom) return 'notYetValid'
  return undefined
}

function hiddenEntry(
  kind: HiddenItem['kind'],
  item: TimeBound & { id: string },
  reason: HiddenItem['reason'],
): HiddenItem {
  return { kind, id: item.id, reason, ...(item.validUntil ? { validUntil: item.validUntil } : {}) }
}

/**
 * What a visitor may see at `now`: services and notices outside their validity window (China
 * calendar days, `validUntil` inclusive) and inactive services are dropped, and screener rules
 * stop suggesting dropped services. A clock earlier than `publishedAt` is wrong (a kiosk that
 * lost its time), so then nothing is hidden and `clockSuspect` tells staff.
 */
export function visibleContent(
  content: Content,
  now: Date,
): { content: Content; hidden: HiddenItem[]; clockSuspect: boolean } {
  const published = Date.parse(content.dataset.publishedAt)
  if (Number.isNaN(now.getTime()) || now.getTime() < published) {
    return { content, hidden: [], clockSuspect: true }
  }
  const today = chinaDay(now)
  const hidden: HiddenItem[] = []
  const services = content.services.filter((s) => {
    const reason = s.status === 'inactive' ? 'inactive' : windowState(s, today)
    if (reason) hidden.push(hiddenEntry('service', s, reason))
    return reason === undefined
  })
  const notices = content.notices.filter((n) => {
    const reason = windowState(n, today)
    if (reason) hidden.push(hiddenEntry('notice', n, reason))
    return reason === undefined
  })
  const shown = new Set(services.map((s) => s.id))
  const rules = content.screener.rules
    .map((r) => ({ ...r, serviceIds: r.serviceIds.filter((id) => shown.has(id)) }))
    .filter((r) => r.serviceIds.length > 0)
  return {
    content: { ...content, services, notices, screener: { ...content.screener, rules } },
    hidden,
    clockSuspect: false,
  }
}

export type ExpiredItem = {
  kind: 'service' | 'notice'
  id: string
  name: LocalizedText
  validUntil: string
}

/**
 * Items whose `validUntil` has passed at `now`, oldest first, for the staff screen: they are
 * hidden from visitors and should be removed or renewed in the next content update.
 */
export function expiredItems(content: Content, now: Date): ExpiredItem[] {
  if (Number.isNaN(now.getTime())) return []
  const today = chinaDay(now)
  const items: ExpiredItem[] = []
  for (const s of content.services) {
    if (s.validUntil !== undefined && today > s.validUntil) {
      items.push({ kind: 'service', id: s.id, name: s.name, validUntil: s.validUntil })
    }
  }
  for (const n of content.notices) {
    if (n.validUntil !== undefined && today > n.validUntil) {
      items.push({ kind: 'notice', id: n.id, name: n.title, validUntil: n.validUntil })
    }
  }
  return items.sort((a, b) => a.validUntil.localeCompare(b.validUntil))
}
