import type { Content, LocalizedText } from './schema'
import { inForce, outOfForceReason, type Festivals, type Windowed } from './windows'

import { chinaDay } from '../domain/chinaTime'

// Content dates are calendar days in the kiosk's region (China).
export { chinaDay }

export type HiddenItem = {
  kind: 'service' | 'notice'
  id: string
  validUntil?: string
  reason: 'expired' | 'notYetValid' | 'inactive'
}

function hiddenEntry(
  kind: HiddenItem['kind'],
  item: Windowed & { id: string },
  reason: HiddenItem['reason'],
): HiddenItem {
  return { kind, id: item.id, reason, ...(item.validUntil ? { validUntil: item.validUntil } : {}) }
}

/**
 * The screener as far as it can still lead somewhere today: rules in force whose services are
 * shown and whose questions are in force; then only the questions such a rule uses. A question
 * whose answers lead nowhere is not asked: it would cost a stressed visitor a tap for nothing.
 */
function screenerToday(
  content: Content,
  shownServices: Set<string>,
  today: string,
  calendar: Festivals,
) {
  const questions = content.screener.questions.filter((q) => inForce(q, today, calendar))
  const asked = new Set(questions.map((q) => q.id))
  const rules = content.screener.rules
    .filter((r) => inForce(r, today, calendar) && r.when.every((c) => asked.has(c.questionId)))
    .map((r) => ({ ...r, serviceIds: r.serviceIds.filter((id) => shownServices.has(id)) }))
    .filter((r) => r.serviceIds.length > 0)
  const used = new Set(rules.flatMap((r) => r.when.map((c) => c.questionId)))
  return { questions: questions.filter((q) => used.has(q.id)), rules }
}

/**
 * What a visitor may see at `now`: every kind of item outside its windows (China calendar days,
 * both ends included) is dropped, as are inactive services; screener rules stop suggesting
 * dropped services and questions that lead nowhere are not asked; a category with nothing in
 * force (no service, notice, FAQ or hotline) leaves the home screen. A clock earlier than
 * `publishedAt` is wrong (a kiosk that lost its time), so then nothing is hidden and
 * `clockSuspect` tells staff. `hidden` lists the services and notices dropped, for staff.
 * Festival windows read `calendar` (the host's tyme4ts, or the facts it sent the renderer).
 */
export function visibleContent(
  content: Content,
  now: Date,
  calendar: Festivals,
): { content: Content; hidden: HiddenItem[]; clockSuspect: boolean } {
  const published = Date.parse(content.dataset.publishedAt)
  if (Number.isNaN(now.getTime()) || now.getTime() < published) {
    return { content, hidden: [], clockSuspect: true }
  }
  const today = chinaDay(now)
  const shown = <T extends Windowed>(items: readonly T[]) =>
    items.filter((i) => inForce(i, today, calendar))
  /** Why an item is not shown today; undefined while it is in force. */
  const outOfForce = (item: Windowed) =>
    inForce(item, today, calendar) ? undefined : outOfForceReason(item, today)
  const hidden: HiddenItem[] = []
  const services = content.services.filter((s) => {
    const reason = s.status === 'inactive' ? 'inactive' : outOfForce(s)
    if (reason) hidden.push(hiddenEntry('service', s, reason))
    return reason === undefined
  })
  const notices = content.notices.filter((n) => {
    const reason = outOfForce(n)
    if (reason) hidden.push(hiddenEntry('notice', n, reason))
    return reason === undefined
  })
  const phones = shown(content.phones)
  const faqs = shown(content.faqs)
  const sites = shown(content.kioskSites)
  const screener = screenerToday(content, new Set(services.map((s) => s.id)), today, calendar)

  const used = new Set([
    ...services.flatMap((s) => s.categoryIds),
    ...notices.flatMap((n) => n.categoryIds ?? []),
    ...phones.flatMap((p) => p.categoryIds),
    ...faqs.flatMap((f) => f.categoryIds),
  ])
  const categories = shown(content.categories).filter((c) => used.has(c.id))
  return {
    content: {
      ...content,
      categories,
      services,
      locations: shown(content.locations),
      phones,
      // A kiosk always has somewhere it stands: if every site were out of force, keep them all.
      kioskSites: sites.length > 0 ? sites : content.kioskSites,
      notices,
      faqs,
      screener,
    },
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
