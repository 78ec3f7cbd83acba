// Tools only (speech packs made in the office): the calendar library is fine here, never in the renderer.
import { holidayDay } from '../domain/holidays'
import type { Content, Language, LocalizedText } from '../content/schema'
import type { Translate } from '../i18n/translate'
import { wordsFor } from '../i18n/words'
import {
  factLine,
  PRESENTED_COLLECTIONS,
  presentItem,
  type PresentedCollection,
  type PresentContext,
  type Presentation,
} from '../present/present'
import { digitsForSpeech, SPOKEN_AMOUNT, SPOKEN_PER, STEP_LABEL } from './spokenText'

/** Items that can carry recorded speech, by the content collection they sit in. */
export const SPOKEN_COLLECTIONS = PRESENTED_COLLECTIONS
export type SpokenCollection = PresentedCollection

/** Only text really written in `lang`: a Chinese stand-in must never be read by another voice. */
const own = (text: LocalizedText | undefined, lang: Language): string | undefined => text?.[lang]

/**
 * An amount as a voice says it ("up to 1000 yuan per person"): a voice reads "¥1,000" badly, so
 * speech words the presentation's amounts itself, with the same qualifiers as the screen.
 */
function amountLine({ benefit: b }: Presentation['amounts'][number], lang: Language): string {
  return [
    b.amountCny === undefined
      ? undefined
      : SPOKEN_AMOUNT[lang]({
          amount: b.amountCny,
          limit: b.amountKind === 'limit',
          goods: b.form === 'goods',
        }),
    b.amountCny === undefined || b.per === undefined ? undefined : SPOKEN_PER[lang][b.per],
    own(b.description, lang),
  ]
    .filter(Boolean)
    .join(' ')
}

/** The lines of a presentation for a voice, in screen order; untranslated text left out. */
function spokenLines(p: Presentation, lang: Language, t: Translate): (string | undefined)[] {
  return [
    own(p.title, lang),
    ...p.warnings.map((w) => w.text),
    own(p.summary, lang),
    p.schedule,
    own(p.hoursNote, lang),
    ...p.facts.map((f) => {
      const text = own(f.value, lang)
      return text === undefined ? undefined : factLine(f, text, t)
    }),
    ...p.amounts.map((a) => amountLine(a, lang)),
    ...p.steps.map((step, i) => {
      const text = own(step, lang)
      return text === undefined ? undefined : `${STEP_LABEL[lang](i + 1)}: ${text}`
    }),
    ...p.documents.map((d) => own(d, lang)),
    own(p.address, lang),
    ...p.where.map((w) => own(w.name, lang)),
    ...p.phones.map((phone) => [own(phone.name, lang), digitsForSpeech(phone.number)].join(' ')),
  ]
}

/**
 * What a recording of one item says in one language, from the item's presentation (the words
 * the screen, slip and QR show): name, warnings, summary, hours, facts, amounts, steps,
 * documents, where, phone numbers digit by digit. Only text written in that language is used;
 * undefined when the item's name itself is not translated, so no package ever carries speech
 * that mixes in another language. A recording is made ahead of time: without `now` nothing that
 * depends on the day (open now, past review date) is said; with it, those are said too.
 */
export function itemScript(
  content: Content,
  collection: SpokenCollection,
  id: string,
  lang: Language,
  now?: Date,
): string | undefined {
  const t = wordsFor(lang)
  const ctx: PresentContext = { content, lang, site: {}, now, holidayDay, t }
  const p = presentItem(collection, id, ctx)
  if (p === undefined || own(p.title, lang) === undefined) return undefined
  const lines = spokenLines(p, lang, t).filter(
    (line): line is string => line !== undefined && line !== '',
  )
  return lines.length === 0 ? undefined : lines.join('\n')
}
