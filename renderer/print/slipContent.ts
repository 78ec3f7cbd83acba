import type {
  Content,
  Language,
  LocalizedText,
  Location,
  Phone,
  Service,
} from '../../common/content/schema'
import { chineseToo, localize } from '../../common/content/localize'
import { openingState } from '../../common/domain/openingHours'
import { formatPhone } from '../../common/domain/phone'
import { topHotlines } from '../components/HotlineBar/topHotlines'
import { describeDistance } from '../components/DistanceLabel/describeDistance'
import { openingLabel } from '../components/OpeningBadge/openingLabel'
import { readableHours } from '../components/OpeningBadge/readableHours'
import { formatDay } from '../format/format'
import { hotlineQrText, placeQrText, serviceQrText } from '../share/qrText'
import type { Translate } from '../share/translate'
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
  /** The 'places' namespace (shared with the screens and the QR text). */
  places: Translate
  /** The 'print' namespace. */
  print: Translate
}

/** Steps of a service printed at most; the rest stay on the screen and in the QR's place. */
const MAX_STEPS = 6
const PRIORITY_HOTLINES = 3

const text = (ctx: SlipContext, value: LocalizedText | undefined) =>
  value === undefined ? '' : localize(value, ctx.lang).text

const line = (value: string, style: SlipLineStyle = 'body'): SlipLine[] =>
  value.trim() === '' ? [] : [{ text: value, style }]

function phonesOf(ids: readonly string[], content: Content): Phone[] {
  return ids.map((id) => content.phones.find((p) => p.id === id)).filter((p) => p !== undefined)
}

function phoneLines(phones: Phone[], ctx: SlipContext): SlipLine[] {
  if (phones.length === 0) return []
  return [
    ...line(ctx.print('slip.phones'), 'heading'),
    ...phones.flatMap((p) => line(`${formatPhone(p.number)}  ${text(ctx, p.name)}`)),
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

function hoursLines(location: Location, ctx: SlipContext): SlipLine[] {
  const today = openingLabel(openingState(location.openingHours, ctx.now), ctx.now, ctx.places)
  const hours = location.openingHours
    ? readableHours(location.openingHours, ctx.places)
    : ctx.places('qr.hoursUnknown')
  return [
    ...line(ctx.print('slip.hours'), 'heading'),
    ...line(today.text),
    ...line(hours),
    ...line(text(ctx, location.hoursNote)),
  ]
}

/** A place: name, address, today's hours, phones, how far and which way, then the hotlines. */
export function placeSlip(location: Location, ctx: SlipContext): SlipContent {
  const steps = ctx.site.id === undefined ? undefined : location.directions?.[ctx.site.id]
  return {
    lines: [
      ...line(text(ctx, location.name), 'title'),
      ...addressLines(location, ctx),
      ...hoursLines(location, ctx),
      ...phoneLines(phonesOf(location.phoneIds, ctx.content), ctx),
      ...line(ctx.print('slip.fromHere'), 'heading'),
      ...line(describeDistance(ctx.site.geo, location.geo, ctx.places)),
      ...(steps ?? []).slice(0, MAX_STEPS).flatMap((s, i) => line(`${i + 1}. ${text(ctx, s)}`)),
      ...hotlineLines(ctx),
    ],
    qrText: placeQrText(location, { content: ctx.content, lang: ctx.lang, t: ctx.places }),
    footer: footer(ctx, location.lastConfirmed?.on ?? location.assuredDate),
  }
}

/** A relief programme: name, the key steps to apply, where to go and whom to call. */
export function serviceSlip(service: Service, ctx: SlipContext): SlipContent {
  const places = service.locationIds
    .map((id) => ctx.content.locations.find((l) => l.id === id))
    .filter((l) => l !== undefined)
    .slice(0, 2)
  return {
    lines: [
      ...line(text(ctx, service.name), 'title'),
      ...line(text(ctx, service.plainSummary ?? service.summary)),
      ...(service.howToApply.length > 0 ? line(ctx.print('slip.steps'), 'heading') : []),
      ...service.howToApply
        .slice(0, MAX_STEPS)
        .flatMap((step, i) => line(`${i + 1}. ${text(ctx, step)}`)),
      ...(places.length > 0 ? line(ctx.print('slip.where'), 'heading') : []),
      ...places.flatMap((l) => [
        ...line(text(ctx, l.name)),
        ...(l.address ? line(text(ctx, l.address), 'small') : []),
        ...line(describeDistance(ctx.site.geo, l.geo, ctx.places), 'small'),
      ]),
      ...phoneLines(phonesOf(service.phoneIds, ctx.content), ctx),
      ...hotlineLines(ctx),
    ],
    qrText: serviceQrText(service, { content: ctx.content, lang: ctx.lang, t: ctx.places }),
    footer: footer(ctx, service.lastConfirmed?.on ?? service.assuredDate),
  }
}

/** A hotline: its name, the number big, when it answers, then the other priority hotlines. */
export function hotlineSlip(phone: Phone, ctx: SlipContext): SlipContent {
  const hours = phone.available24h ? ctx.places('hours.always') : text(ctx, phone.hours)
  return {
    lines: [
      ...line(text(ctx, phone.name), 'title'),
      ...line(formatPhone(phone.number), 'big'),
      ...line(hours === '' ? '' : `${ctx.places('qr.hours')}${hours}`),
      ...line(text(ctx, phone.description)),
      ...hotlineLines(ctx, phone.id),
    ],
    qrText: hotlineQrText(phone, { content: ctx.content, lang: ctx.lang, t: ctx.places }),
    footer: footer(ctx, phone.lastConfirmed?.on),
  }
}
