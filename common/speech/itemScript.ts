import { formatPhone } from '../domain/phone'
import type { Content, Language, LocalizedText, Phone } from '../content/schema'
import { digitsForSpeech, SPOKEN_AMOUNT, SPOKEN_PER, STEP_LABEL } from './spokenText'

/** Items that can carry recorded speech, by the content collection they sit in. */
export const SPOKEN_COLLECTIONS = ['services', 'locations', 'phones', 'notices'] as const
export type SpokenCollection = (typeof SPOKEN_COLLECTIONS)[number]

/** Only text really written in `lang`: a Chinese stand-in must never be read by another voice. */
const own = (text: LocalizedText | undefined, lang: Language): string | undefined => text?.[lang]

function phoneLines(content: Content, ids: readonly string[], lang: Language): string[] {
  return ids
    .map((id) => content.phones.find((p) => p.id === id))
    .filter((p): p is Phone => p !== undefined)
    .map((p) => [own(p.name, lang), digitsForSpeech(formatPhone(p.number))].join(' '))
}

function serviceLines(content: Content, id: string, lang: Language): string[] {
  const s = content.services.find((x) => x.id === id)
  if (!s) return []
  return [
    own(s.name, lang),
    own(s.plainSummary, lang) ?? own(s.summary, lang),
    own(s.eligibility.description, lang),
    ...s.benefits.map((b) =>
      [
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
        .join(' '),
    ),
    ...s.howToApply.map((step, i) => {
      const text = own(step, lang)
      return text === undefined ? undefined : `${STEP_LABEL[lang](i + 1)}: ${text}`
    }),
    ...s.requiredDocuments.map((d) => own(d, lang)),
    ...s.locationIds.map((l) => own(content.locations.find((x) => x.id === l)?.name, lang)),
    ...phoneLines(content, s.phoneIds, lang),
  ].filter((line): line is string => line !== undefined && line !== '')
}

function locationLines(content: Content, id: string, lang: Language): string[] {
  const l = content.locations.find((x) => x.id === id)
  if (!l) return []
  return [
    own(l.name, lang),
    own(l.description, lang),
    own(l.address, lang),
    own(l.hoursNote, lang),
    own(l.transport, lang),
    ...phoneLines(content, l.phoneIds, lang),
  ].filter((line): line is string => line !== undefined && line !== '')
}

function phoneItemLines(content: Content, id: string, lang: Language): string[] {
  const p = content.phones.find((x) => x.id === id)
  if (!p) return []
  return [
    own(p.name, lang),
    digitsForSpeech(formatPhone(p.number)),
    own(p.description, lang),
    own(p.hours, lang),
  ].filter((line): line is string => line !== undefined && line !== '')
}

function noticeLines(content: Content, id: string, lang: Language): string[] {
  const n = content.notices.find((x) => x.id === id)
  if (!n) return []
  return [own(n.title, lang), own(n.body, lang)].filter(
    (line): line is string => line !== undefined,
  )
}

const NAME_OF: Record<SpokenCollection, (c: Content, id: string) => LocalizedText | undefined> = {
  services: (c, id) => c.services.find((x) => x.id === id)?.name,
  locations: (c, id) => c.locations.find((x) => x.id === id)?.name,
  phones: (c, id) => c.phones.find((x) => x.id === id)?.name,
  notices: (c, id) => c.notices.find((x) => x.id === id)?.title,
}

const LINES_OF = {
  services: serviceLines,
  locations: locationLines,
  phones: phoneItemLines,
  notices: noticeLines,
} satisfies Record<SpokenCollection, (c: Content, id: string, lang: Language) => string[]>

/**
 * What a recording of one item says in one language, in the order the kiosk shows it: name,
 * plain summary, who, what (amounts), steps, documents, where, phone numbers digit by digit.
 * Only text written in that language is used; undefined when the item's name itself is not
 * translated, so no package ever carries speech that mixes in another language.
 */
export function itemScript(
  content: Content,
  collection: SpokenCollection,
  id: string,
  lang: Language,
): string | undefined {
  if (own(NAME_OF[collection](content, id), lang) === undefined) return undefined
  const lines = LINES_OF[collection](content, id, lang)
  return lines.length === 0 ? undefined : lines.join('\n')
}
