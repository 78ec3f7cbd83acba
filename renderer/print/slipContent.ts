import type {
  Content,
  Language,
  LocalizedText,
  Location,
  Phone,
  Service,
} from '../../common/content/schema'
import { chineseToo, localize } from '../../common/content/localize'
import type { DayKind } from '../../common/domain/openingHours'
import { formatPhone } from '../../common/domain/phone'
import type { Translate } from '../../common/i18n/translate'
import { formatDay } from '../../common/present/format'
import {
  presentHotline,
  presentPlace,
  presentService,
  type PresentContext,
  type Presentation,
} from '../../common/present/present'
import { topHotlines } from '../../common/present/topHotlines'
import { hotlineQrText, placeQrText, serviceQrText } from '../share/qrText'
import type { KioskSiteInfo } from '../state/kioskContext'
import type { SlipMap } from './slipMap'

/** How a line is set on paper: the title big, section headings bold, the rest plain. */
export type SlipLineStyle = 'title' | 'heading' | 'body' | 'big' | 'small'
export type SlipLine = { text: string; style: SlipLineStyle }

/** What one slip says, in the visitor's language; drawn by drawSlip. */
export type SlipContent = {
  lines: SlipLine[]
  /** Exactly the text of the on-screen QR code for the same item. */
  qrText: string
  footer: SlipLine[]
  /** Place slips: a small map of the walk, drawn under the text (renderer/print/slipMap.ts). */
  map?: SlipMap
}

/** What the builders need: content, language, this kiosk, the host's "now", and labels. */
export type SlipContext = {
  content: Content
  lang: Language
  site: KioskSiteInfo
  now: Date
  /** Which days are statutory holidays (the kiosk's calendar from the host's facts). */
  holidayDay: DayKind
  /** The 'places' namespace (shared with the screens and the QR text). */
  places: Translate
  /** The 'print' namespace. */
  print: Translate
}

/** Steps of a service printed at most; the rest stay on the screen and in the QR's place. */
const MAX_STEPS = 6
const PRIORITY_HOTLINES = 3

/** The slip's view of the item: the same presentation the screen, QR and speech use. */
const presentContext = (ctx: SlipContext): PresentContext => ({
  content: ctx.content,
  lang: ctx.lang,
  site: ctx.site,
  now: ctx.now,
  holidayDay: ctx.holidayDay,
  t: ctx.places,
})

const text = (ctx: SlipContext, value: LocalizedText | undefined) =>
  value === undefined ? '' : localize(value, ctx.lang).text

const line = (value: string, style: SlipLineStyle = 'body'): SlipLine[] =>
  value.trim() === '' ? [] : [{ text: value, style }]

const numbered = (ctx: SlipContext, steps: readonly LocalizedText[]): SlipLine[] =>
  steps.slice(0, MAX_STEPS).flatMap((s, i) => line(`${i + 1}. ${text(ctx, s)}`))

/**
 * Right under the title, every warning the screen shows (sample content, out of date, holiday
 * hours): what leaves the kiosk on paper must never look more certain than the screen.
 */
const warningLines = (p: Presentation): SlipLine[] => p.warnings.flatMap((w) => line(w.text))

/** The item's labelled facts (transport, who it is for …), as heading + text. */
const factLines = (ctx: SlipContext, p: Presentation): SlipLine[] =>
  p.facts.flatMap((f) => [
    ...(f.label ? line(f.label, 'heading') : []),
    ...line(text(ctx, f.value)),
  ])

function phoneLines(p: Presentation, ctx: SlipContext): SlipLine[] {
  if (p.phones.length === 0) return []
  return [
    ...line(ctx.print('slip.phones'), 'heading'),
    ...p.phones.flatMap((phone) => line(`${phone.number}  ${text(ctx, phone.name)}`)),
  ]
}

function hotlineLines(ctx: SlipContext, except?: string): SlipLine[] {
  const phones = topHotlines(
    ctx.content.phones.filter((p) => p.id !== except),
    PRIORITY_HOTLINES,
  )
  return [
    ...line(ctx.print('slip.hotlines'), 'heading'),
    ...phones.flatMap((p) => line(`${formatPhone(p.number)}  ${text(ctx, p.name)}`)),
  ]
}

function footer(ctx: SlipContext, checkedOn: string | undefined): SlipLine[] {
  return [
    ...line(ctx.print('slip.printedAt', { site: text(ctx, ctx.site.name) }), 'small'),
    ...(checkedOn
      ? line(ctx.print('slip.checkedOn', { date: formatDay(checkedOn, ctx.lang) }), 'small')
      : []),
  ]
}

function addressLines(location: Location, ctx: SlipContext): SlipLine[] {
  if (location.address === undefined) return line(ctx.places('qr.addressUnknown'))
  const lines = line(`${ctx.places('qr.address')}${text(ctx, location.address)}`)
  const chinese = chineseToo(location.address, ctx.lang)
  if (chinese !== undefined) lines.push(...line(`${ctx.places('qr.addressInChinese')}${chinese}`))
  return lines
}

/** Today's state, then the weekly hours only when they add to it, then the note if it adds. */
function hoursLines(p: Presentation, ctx: SlipContext): SlipLine[] {
  return [
    ...line(ctx.print('slip.hours'), 'heading'),
    ...line(p.opening?.text ?? ''),
    ...(p.scheduleAddsToOpening ? line(p.schedule ?? '') : []),
    ...line(text(ctx, p.hoursNote)),
  ]
}

/** A place: name, warnings, address, today's hours, phones, the way from here, hotlines. */
export function placeSlip(location: Location, ctx: SlipContext): SlipContent {
  const p = presentPlace(location, presentContext(ctx))
  return {
    lines: [
      ...line(text(ctx, p.title), 'title'),
      ...warningLines(p),
      ...addressLines(location, ctx),
      ...hoursLines(p, ctx),
      ...phoneLines(p, ctx),
      ...line(ctx.print('slip.fromHere'), 'heading'),
      ...line(p.distance ?? ''),
      ...numbered(ctx, p.steps),
      ...factLines(ctx, p),
      ...hotlineLines(ctx),
    ],
    qrText: placeQrText(location, { ...presentContext(ctx) }),
    footer: footer(ctx, p.checkedOn),
  }
}

/** A relief programme: name, warnings, the key steps to apply, where to go and whom to call. */
export function serviceSlip(service: Service, ctx: SlipContext): SlipContent {
  const p = presentService(service, presentContext(ctx))
  const places = p.where.slice(0, 2)
  return {
    lines: [
      ...line(text(ctx, p.title), 'title'),
      ...warningLines(p),
      ...line(text(ctx, p.summary)),
      ...factLines(ctx, p),
      ...(p.steps.length > 0 ? line(ctx.print('slip.steps'), 'heading') : []),
      ...numbered(ctx, p.steps),
      ...(places.length > 0 ? line(ctx.print('slip.where'), 'heading') : []),
      ...places.flatMap((l) => [
        ...line(text(ctx, l.name)),
        ...(l.address ? line(text(ctx, l.address), 'small') : []),
        ...line(l.distance, 'small'),
      ]),
      ...phoneLines(p, ctx),
      ...hotlineLines(ctx),
    ],
    qrText: serviceQrText(service, presentContext(ctx)),
    footer: footer(ctx, p.checkedOn),
  }
}

/** A hotline: its name, the number big, when it answers, then the other priority hotlines. */
export function hotlineSlip(phone: Phone, ctx: SlipContext): SlipContent {
  const p = presentHotline(phone, presentContext(ctx))
  const hours = [p.schedule, text(ctx, p.hoursNote)].filter((h) => h !== undefined && h !== '')
  return {
    lines: [
      ...line(text(ctx, p.title), 'title'),
      ...line(formatPhone(phone.number), 'big'),
      ...warningLines(p),
      ...hours.flatMap((h) => line(`${ctx.places('qr.hours')}${h}`)),
      ...factLines(ctx, p),
      ...hotlineLines(ctx, phone.id),
    ],
    qrText: hotlineQrText(phone, presentContext(ctx)),
    footer: footer(ctx, p.checkedOn),
  }
}
