import type { Content, Language, Location, Phone, Service } from '../../common/content/schema'
import { chineseToo, localize } from '../../common/content/localize'
import { formatPhone, telUri } from '../../common/domain/phone'
import { readableHours } from '../components/OpeningBadge/readableHours'
import { fitLines, type PayloadLine } from './fitText'
import type { Translate } from './translate'

/** What the QR builders need to know: the content (to resolve ids), the language and labels. */
export type ShareContext = { content: Content; lang: Language; t: Translate }

const text = (ctx: ShareContext, value: Parameters<typeof localize>[0]): string =>
  localize(value, ctx.lang).text

function phoneNumbers(ids: string[], content: Content): string[] {
  return ids
    .map((id) => content.phones.find((p) => p.id === id))
    .filter((p): p is Phone => p !== undefined)
    .map((p) => formatPhone(p.number))
}

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

function hoursLine(location: Location, ctx: ShareContext): PayloadLine {
  const { t } = ctx
  if (location.hoursNote !== undefined) {
    return { text: `${t('qr.hours')}${text(ctx, location.hoursNote)}`, optional: true }
  }
  if (location.openingHours === undefined)
    return { text: `${t('qr.hours')}${t('qr.hoursUnknown')}` }
  return { text: `${t('qr.hours')}${readableHours(location.openingHours, t)}` }
}

function phoneLine(ids: string[], ctx: ShareContext): PayloadLine {
  const numbers = phoneNumbers(ids, ctx.content)
  return { text: numbers.length > 0 ? `${ctx.t('qr.phone')}${numbers.join(', ')}` : '' }
}

/**
 * The plain-text card for a place: name, address (and the Chinese address for a taxi driver
 * when the visitor reads another language), hours and phone. Always fits a scannable QR code.
 */
export function placeQrText(location: Location, ctx: ShareContext): string {
  return fitLines([
    { text: text(ctx, location.name) },
    ...addressLines(location, ctx),
    hoursLine(location, ctx),
    phoneLine(location.phoneIds, ctx),
  ])
}

/**
 * The card for a hotline: name, the grouped number, hours, and a `tel:` line so a phone offers
 * to dial it. The number and the tel: line are never dropped to make room.
 */
export function hotlineQrText(phone: Phone, ctx: ShareContext): string {
  const { t } = ctx
  const hours = phone.available24h ? t('hours.always') : text(ctx, phone.hours)
  return fitLines([
    { text: text(ctx, phone.name) },
    { text: formatPhone(phone.number) },
    { text: hours === '' ? '' : `${t('qr.hours')}${hours}`, optional: true },
    { text: telUri(phone.number) },
  ])
}

/**
 * The card for a relief programme: its name, where to apply (first places with their address)
 * and whom to call. Details beyond that belong on the screen, not in a QR code.
 */
export function serviceQrText(service: Service, ctx: ShareContext): string {
  const { t, content } = ctx
  const places = service.locationIds
    .map((id) => content.locations.find((l) => l.id === id))
    .filter((l): l is Location => l !== undefined)
    .slice(0, 2)
    .map((l): PayloadLine => {
      const address = l.address === undefined ? '' : ` (${text(ctx, l.address)})`
      return { text: `${t('qr.where')}${text(ctx, l.name)}${address}`, optional: true }
    })
  return fitLines([{ text: text(ctx, service.name) }, ...places, phoneLine(service.phoneIds, ctx)])
}
