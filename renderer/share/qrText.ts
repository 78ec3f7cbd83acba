import type { LocalizedText, Location, Phone, Service } from '../../common/content/schema'
import { chineseToo, localize } from '../../common/content/localize'
import { formatPhone, telUri } from '../../common/domain/phone'
import {
  factLine,
  presentHotline,
  presentPlace,
  presentService,
  type PresentContext,
  type Presentation,
} from '../../common/present/present'
import { fitLines, type PayloadLine } from './fitText'

/** What the QR builders need: the presentation's context (content, language, site, now, words). */
export type ShareContext = PresentContext

const text = (ctx: ShareContext, value: LocalizedText): string => localize(value, ctx.lang).text

/**
 * The screen's warnings, kept whole whatever else must give way: a sample or stale fact must not
 * leave the kiosk in a phone looking certain. The sample line is the short one (the code is
 * small); the out-of-date line keeps its number to call.
 */
const warningLines = (p: Presentation): PayloadLine[] =>
  p.warnings.map((w) => ({ text: w.short ?? w.text, keep: true }))

/** Labelled facts (transport, who it is for …): the first to go when the code is full. */
const factLines = (ctx: ShareContext, p: Presentation): PayloadLine[] =>
  p.facts.map((f) => ({
    text: factLine(f, text(ctx, f.value), ctx.t),
    optional: true,
  }))

function addressLines(location: Location, ctx: ShareContext): PayloadLine[] {
  const { t, lang } = ctx
  if (location.address === undefined) return [{ text: t('qr.addressUnknown') }]
  const unconfirmed = location.unconfirmed?.includes('address') ? t('qr.unconfirmedMark') : ''
  const lines: PayloadLine[] = [
    { text: `${t('qr.address')}${text(ctx, location.address)}${unconfirmed}` },
  ]
  const chinese = chineseToo(location.address, lang)
  if (chinese !== undefined) {
    lines.push({ text: `${t('qr.addressInChinese')}${chinese}`, optional: true })
  }
  return lines
}

/** The hours said once (a QR outlives today, so the weekly hours, not "open now"), then the note. */
function hoursLines(p: Presentation, ctx: ShareContext): PayloadLine[] {
  const { t } = ctx
  const note = p.hoursNote === undefined ? [] : [{ text: text(ctx, p.hoursNote), optional: true }]
  return [{ text: `${t('qr.hours')}${p.schedule ?? t('qr.hoursUnknown')}` }, ...note]
}

function phoneLine(p: Presentation, ctx: ShareContext): PayloadLine {
  const numbers = p.phones.map((phone) => phone.number)
  return { text: numbers.length > 0 ? `${ctx.t('qr.phone')}${numbers.join(', ')}` : '' }
}

/**
 * The plain-text card for a place: name, its warnings, address (and the Chinese address for a
 * taxi driver when the visitor reads another language), hours and phone. Always fits a
 * scannable QR code.
 */
export function placeQrText(location: Location, ctx: ShareContext): string {
  const p = presentPlace(location, ctx)
  return fitLines([
    { text: text(ctx, p.title) },
    ...warningLines(p),
    ...addressLines(location, ctx),
    ...hoursLines(p, ctx),
    phoneLine(p, ctx),
    ...factLines(ctx, p),
  ])
}

/**
 * The card for a hotline: name, the grouped number, hours, and a `tel:` line so a phone offers
 * to dial it. The number and the tel: line are never dropped to make room.
 */
export function hotlineQrText(phone: Phone, ctx: ShareContext): string {
  const { t } = ctx
  const p = presentHotline(phone, ctx)
  const hours = p.schedule ?? (p.hoursNote === undefined ? '' : text(ctx, p.hoursNote))
  return fitLines([
    { text: text(ctx, p.title) },
    { text: formatPhone(phone.number) },
    ...warningLines(p),
    { text: hours === '' ? '' : `${t('qr.hours')}${hours}`, optional: true },
    { text: telUri(phone.number) },
  ])
}

/**
 * The card for a relief programme: its name, its warnings, where to apply (first places with
 * their address) and whom to call. Details beyond that belong on the screen, not in a QR code.
 */
export function serviceQrText(service: Service, ctx: ShareContext): string {
  const { t } = ctx
  const p = presentService(service, ctx)
  const places = p.where.slice(0, 2).map((l): PayloadLine => {
    const address = l.address === undefined ? '' : ` (${text(ctx, l.address)})`
    return { text: `${t('qr.where')}${text(ctx, l.name)}${address}`, optional: true }
  })
  return fitLines([
    { text: text(ctx, p.title) },
    ...warningLines(p),
    ...places,
    phoneLine(p, ctx),
    ...factLines(ctx, p),
  ])
}
