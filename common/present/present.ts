import type {
  Benefit,
  Content,
  Geo,
  Language,
  LocalizedText,
  Location,
  Notice,
  Phone,
  Service,
} from '../content/schema'
import { localize } from '../content/localize'
import { checkingHotline, isEmergencyNumber, isStale } from '../content/review'
import { chinaDay } from '../domain/chinaTime'
import { openingState, type DayKind } from '../domain/openingHours'
import { formatPhone, telUri } from '../domain/phone'
import type { Translate } from '../i18n/translate'
import { benefitWording, type BenefitWording } from './benefitWording'
import { describeDistance } from './describeDistance'
import { FACTS, type FactSpec } from './facts'
import { openingLabel, type OpeningLabel } from './openingLabel'
import { readableHours } from './readableHours'

/** What every output needs to present an item: content, language, this kiosk, the moment. */
export type PresentContext = {
  content: Content
  lang: Language
  /** The kiosk's site, for "how far from here" and its own directions (absent: unknown). */
  site?: { id?: string | undefined; geo?: Geo | undefined }
  /**
   * The host's "now". Absent for output made ahead of time (a speech recording packed in the
   * office): then nothing that depends on the day is said (open now, past review date).
   */
  now?: Date | undefined
  /**
   * Which days are statutory holidays, for "open now" (`ChinaCalendar.holidayDay`): in the
   * renderer from the facts the host sent, in the tools from the calendar library.
   */
  holidayDay: DayKind
  /** Words in the visitor's language ('places' namespace unless a key is prefixed). */
  t: Translate
}

/**
 * A line that warns: it must leave the kiosk with the visitor on every output. `short` is the
 * same warning in fewer words, for the QR code's small payload.
 */
export type Warning = { kind: 'sample' | 'stale' | 'holidays'; text: string; short?: string }
export type Fact = { id: string; label?: string; value: LocalizedText }
export type PresentedPhone = { id: string; number: string; tel: string; name: LocalizedText }
export type PresentedPlace = {
  id: string
  name: LocalizedText
  address?: LocalizedText
  distance: string
}
export type Amount = { benefit: Benefit; wording: BenefitWording }

/**
 * The visitor's words for one item, worked out once and rendered by the screen, the printed
 * slip, the QR text, read-aloud and the proof. Content text stays a LocalizedText (each output
 * has its own rule for a missing translation: the screen marks Chinese, speech stays silent);
 * the kiosk's own words are finished strings in the visitor's language.
 */
export type Presentation = {
  title: LocalizedText
  summary?: LocalizedText
  /** Open now / closed / opens at …, on the host clock (places, with a `now`). */
  opening?: OpeningLabel
  /** The weekly hours in words ("Mon–Fri 08:30–17:00", "Open 24 hours"), timeless. */
  schedule?: string
  /** False when the schedule only repeats `opening` ("Open 24 hours" twice): then say it once. */
  scheduleAddsToOpening: boolean
  /** The content's note on the hours, only when it adds to what the hours already say. */
  hoursNote?: LocalizedText
  /** A place's own address (absent when unknown: each output says so in its own way). */
  address?: LocalizedText
  /** "1.2 km, north-east" from this kiosk to a place. */
  distance?: string
  amounts: Amount[]
  /** How to apply (a service) or the way from this kiosk (a place). */
  steps: LocalizedText[]
  documents: LocalizedText[]
  /** Where to go for a service: its places, with how far each is. */
  where: PresentedPlace[]
  phones: PresentedPhone[]
  facts: Fact[]
  /** Sample content, past review date, holiday hours unknown: the screen's warnings. */
  warnings: Warning[]
  /** When the facts were last checked (YYYY-MM-DD). */
  checkedOn?: string
}

/**
 * A fact on one line ("Who it is for: …", "适用人群：…"), for outputs without headings (QR text,
 * speech, the proof); `text` is the fact's value as that output words it.
 */
export function factLine(fact: Fact, text: string, t: Translate): string {
  return fact.label ? t('fact', { label: fact.label, text }) : text
}

/** Letters and digits only, lower case: "24小时开放。" and "24 小时开放" say the same. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** True when `note` says something that none of `said` already says. */
export function addsSomething(note: string, said: readonly (string | undefined)[]): boolean {
  const n = bare(note)
  return n !== '' && !said.some((s) => s !== undefined && bare(s).includes(n))
}

function phonesOf(ids: readonly string[], content: Content): PresentedPhone[] {
  return ids
    .map((id) => content.phones.find((p) => p.id === id))
    .filter((p): p is Phone => p !== undefined)
    .map((p) => ({ id: p.id, number: formatPhone(p.number), tel: telUri(p.number), name: p.name }))
}

function facts<T>(specs: readonly FactSpec<T>[], item: T, t: Translate): Fact[] {
  return specs.flatMap((spec) => {
    const value = spec.value(item)
    if (value === undefined || value['zh-Hans'].trim() === '') return []
    return [{ id: spec.id, value, ...(spec.label ? { label: t(spec.label) } : {}) }]
  })
}

type Reviewed = { reviewBy?: string | undefined }

/**
 * The sample line (content-wide) and the out-of-date line (this item past its review day, with
 * the number to call: the item's own phone, else a hotline of its needs). Every screen's stale
 * line comes from here too (`StaleNotice`), so screen, paper, QR and speech say the same.
 */
export function warningsFor(
  /** Undefined for an item that never goes out of date (an emergency number). */
  item: Reviewed | undefined,
  ctx: PresentContext,
  phoneIds: readonly string[] = [],
  categoryIds: readonly string[] = [],
): Warning[] {
  const { content, t, now } = ctx
  const warnings: Warning[] = []
  if (content.dataset.sample) {
    warnings.push({
      kind: 'sample',
      text: t('common:sample.notice'),
      short: t('common:sample.attract'),
    })
  }
  if (item && now !== undefined && isStale(item, content.dataset, chinaDay(now))) {
    const phone = checkingHotline(content, phoneIds, categoryIds)
    warnings.push({
      kind: 'stale',
      text: phone
        ? t('common:stale.callToCheck', { phone: formatPhone(phone.number) })
        : t('common:stale.checkFirst'),
    })
  }
  return warnings
}

const EMPTY = { amounts: [], steps: [], documents: [], where: [], phones: [], facts: [] }

/** A place: open now, the hours said once, its phones, the way from this kiosk, its warnings. */
export function presentPlace(location: Location, ctx: PresentContext): Presentation {
  const { t, now, lang } = ctx
  const opening =
    now === undefined
      ? undefined
      : openingLabel(openingState(location.openingHours, now, ctx.holidayDay), now, t)
  const schedule =
    location.openingHours === undefined ? undefined : readableHours(location.openingHours, t)
  const scheduleAddsToOpening =
    schedule !== undefined && (opening === undefined || addsSomething(schedule, [opening.text]))
  const note = location.hoursNote
  const noteAdds =
    note !== undefined && addsSomething(localize(note, lang).text, [schedule, opening?.text])
  const steps = ctx.site?.id === undefined ? undefined : location.directions?.[ctx.site.id]
  const warnings = warningsFor(location, ctx, location.phoneIds)
  if (opening?.note) warnings.push({ kind: 'holidays', text: opening.note })
  const checkedOn = location.lastConfirmed?.on ?? location.assuredDate
  return {
    ...EMPTY,
    title: location.name,
    ...(location.description ? { summary: location.description } : {}),
    ...(opening ? { opening } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
    scheduleAddsToOpening,
    ...(noteAdds ? { hoursNote: note } : {}),
    steps: steps ?? [],
    ...(location.address ? { address: location.address } : {}),
    distance: describeDistance(ctx.site?.geo, location.geo, t),
    phones: phonesOf(location.phoneIds, ctx.content),
    facts: facts(FACTS.locations, location, t),
    warnings,
    ...(checkedOn ? { checkedOn } : {}),
  }
}

/** A relief programme: who, what (amounts), how to apply, what to bring, where, whom to call. */
export function presentService(service: Service, ctx: PresentContext): Presentation {
  const { content, lang, t } = ctx
  const text = (v: LocalizedText) => localize(v, lang).text
  const common: Translate = (key, values) => t(`common:${key}`, values)
  const checkedOn = service.lastConfirmed?.on ?? service.assuredDate
  return {
    ...EMPTY,
    title: service.name,
    summary: service.plainSummary ?? service.summary,
    scheduleAddsToOpening: false,
    amounts: service.benefits.map((b) => ({
      benefit: b,
      wording: benefitWording(b, lang, common, text),
    })),
    steps: service.howToApply,
    documents: service.requiredDocuments,
    where: service.locationIds
      .map((id) => content.locations.find((l) => l.id === id))
      .filter((l): l is Location => l !== undefined)
      .map((l) => ({
        id: l.id,
        name: l.name,
        ...(l.address ? { address: l.address } : {}),
        distance: describeDistance(ctx.site?.geo, l.geo, t),
      })),
    phones: phonesOf(service.phoneIds, content),
    facts: facts(FACTS.services, service, t),
    warnings: warningsFor(service, ctx, service.phoneIds, service.categoryIds),
    checkedOn,
  }
}

/** A hotline: its number, when it answers (once), what it is for, its warnings. */
export function presentHotline(phone: Phone, ctx: PresentContext): Presentation {
  const { t, lang } = ctx
  const schedule = phone.available24h ? t('hours.always') : undefined
  const noteAdds =
    phone.hours !== undefined && addsSomething(localize(phone.hours, lang).text, [schedule])
  return {
    ...EMPTY,
    title: phone.name,
    ...(schedule !== undefined ? { schedule } : {}),
    scheduleAddsToOpening: schedule !== undefined,
    ...(noteAdds ? { hoursNote: phone.hours } : {}),
    phones: phonesOf([phone.id], ctx.content),
    facts: facts(FACTS.phones, phone, t),
    // 110 or 120 never goes out of date; saying it might would only sow doubt.
    warnings: warningsFor(
      isEmergencyNumber(phone.number) ? undefined : phone,
      ctx,
      [phone.id],
      phone.categoryIds,
    ),
    ...(phone.lastConfirmed?.on ? { checkedOn: phone.lastConfirmed.on } : {}),
  }
}

/** A notice: its title and body, and its warnings. */
export function presentNotice(notice: Notice, ctx: PresentContext): Presentation {
  return {
    ...EMPTY,
    title: notice.title,
    summary: notice.body,
    scheduleAddsToOpening: false,
    facts: facts(FACTS.notices, notice, ctx.t),
    warnings: warningsFor(notice, ctx, [], notice.categoryIds),
    ...(notice.lastConfirmed?.on ? { checkedOn: notice.lastConfirmed.on } : {}),
  }
}

/** The collections whose items have a presentation (and so a slip, a QR text, speech). */
export const PRESENTED_COLLECTIONS = ['services', 'locations', 'phones', 'notices'] as const
export type PresentedCollection = (typeof PRESENTED_COLLECTIONS)[number]

/** The presentation of the item with this id, or undefined when the collection has none. */
export function presentItem(
  collection: PresentedCollection,
  id: string,
  ctx: PresentContext,
): Presentation | undefined {
  const { content } = ctx
  const find = <T extends { id: string }>(items: readonly T[]) => items.find((x) => x.id === id)
  switch (collection) {
    case 'services': {
      const s = find(content.services)
      return s && presentService(s, ctx)
    }
    case 'locations': {
      const l = find(content.locations)
      return l && presentPlace(l, ctx)
    }
    case 'phones': {
      const p = find(content.phones)
      return p && presentHotline(p, ctx)
    }
    case 'notices': {
      const n = find(content.notices)
      return n && presentNotice(n, ctx)
    }
  }
}
