import type { Content, Language, LocalizedText } from '../../common/content/schema'
import { LANGUAGES } from '../../common/content/schema'
import { localize } from '../../common/content/localize'
import { holidayDay } from '../../common/domain/holidays'
import type { Translate } from '../../common/i18n/translate'
import { wordsFor } from '../../common/i18n/words'
import {
  factLine,
  PRESENTED_COLLECTIONS,
  presentItem,
  type PresentedCollection,
  type Presentation,
} from '../../common/present/present'
import { esc } from './renderValue'

const isPresented = (c: string): c is PresentedCollection =>
  (PRESENTED_COLLECTIONS as readonly string[]).includes(c)

/** What the kiosk itself adds around the fields: warnings, hours said once, labelled facts. */
function lines(p: Presentation, lang: Language, t: Translate): string[] {
  const text = (v: LocalizedText | undefined) => (v === undefined ? '' : localize(v, lang).text)
  return [
    ...p.warnings.map((w) => `⚠ ${w.text}`),
    p.schedule ?? '',
    text(p.hoursNote),
    ...p.facts.map((f) => factLine(f, text(f.value), t)),
    ...p.amounts.map((a) => [a.wording.amount, a.wording.caption].filter(Boolean).join(' ')),
  ].filter((l) => l.trim() !== '')
}

/**
 * The proof's "as the visitor reads it" row: the item's presentation (common/present), the very
 * words the screen, the slip, the QR text and speech use, in the three languages — so the clerk
 * signs what visitors will read, warnings included ("today" decides which items are past review).
 */
export function visitorViewRow(
  content: Content,
  collection: string,
  id: string,
  today: string,
): string {
  if (!isPresented(collection)) return ''
  const noon = new Date(`${today}T12:00:00+08:00`)
  // A proof day that is no date judges no age, rather than calling everything out of date.
  const now = Number.isNaN(noon.getTime()) ? undefined : noon
  const cells = LANGUAGES.map((lang) => {
    const t = wordsFor(lang)
    const p = presentItem(collection, id, { content, lang, now, holidayDay, t })
    const items = p === undefined ? [] : lines(p, lang, t)
    const body =
      items.length === 0 ? '—' : `<ul>${items.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`
    return `<td lang="${lang}">${body}</td>`
  })
  return `<tr class="visitor-view"><th scope="row">信息亭显示<br><span class="en">as the visitor reads it</span></th>${cells.join('')}</tr>`
}
