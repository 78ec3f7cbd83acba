import type { Content, LocalizedText } from '../schema'

/**
 * A piece of visitor-facing text, where it sits, and how long it may be. The JSON path is kept
 * in parts (`services[3]`, `howToApply`, 2) and joined by `fieldPath` only for a field that has
 * a problem: a dataset with 10,000 places has hundreds of thousands of fields and few problems.
 */
export type LocalizedField = {
  owner: string
  key: string
  index?: number
  text: LocalizedText
  limit: number
}

/** The JSON path of a field, e.g. `services[3].howToApply[2]`. */
export function fieldPath(field: LocalizedField): string {
  const path = `${field.owner}.${field.key}`
  return field.index === undefined ? path : `${path}[${field.index}]`
}

/**
 * Length limits in characters, sized for a 1080-pixel-wide screen read by someone under
 * stress: a name fits on one or two lines, a step on a card, a notice on one screen.
 */
export const TEXT_LIMITS = {
  name: 80,
  title: 120,
  summary: 400,
  plainSummary: 200,
  description: 400,
  step: 300,
  document: 200,
  address: 200,
  note: 200,
  question: 200,
  answer: 1500,
  body: 1500,
} as const

type Builder = {
  add: (owner: string, key: string, text: LocalizedText | undefined, limit: number) => void
  addList: (
    owner: string,
    key: string,
    texts: readonly LocalizedText[] | undefined,
    limit: number,
  ) => void
}

function addPeople(content: Content, b: Builder): void {
  const L = TEXT_LIMITS
  content.categories.forEach((c, i) => {
    const p = `categories[${i}]`
    b.add(p, 'name', c.name, L.name)
    b.add(p, 'description', c.description, L.description)
  })
  content.services.forEach((s, i) => {
    const p = `services[${i}]`
    b.add(p, 'name', s.name, L.name)
    b.add(p, 'summary', s.summary, L.summary)
    b.add(p, 'plainSummary', s.plainSummary, L.plainSummary)
    b.add(p, 'provider', s.provider, L.title)
    b.add(p, 'eligibility.description', s.eligibility.description, L.description)
    s.benefits.forEach((x, j) => {
      b.add(`${p}.benefits[${j}]`, 'description', x.description, L.description)
      b.add(`${p}.benefits[${j}]`, 'approvedBy', x.approvedBy, L.title)
      b.add(`${p}.benefits[${j}]`, 'items', x.items, L.description)
    })
    b.addList(p, 'howToApply', s.howToApply, L.step)
    b.addList(p, 'requiredDocuments', s.requiredDocuments, L.document)
  })
  content.locations.forEach((l, i) => {
    const p = `locations[${i}]`
    b.add(p, 'name', l.name, L.name)
    b.add(p, 'description', l.description, L.description)
    b.add(p, 'address', l.address, L.address)
    b.add(p, 'hoursNote', l.hoursNote, L.note)
    b.add(p, 'transport', l.transport, L.description)
    b.add(p, 'accessibility', l.accessibility, L.description)
    for (const [site, steps] of Object.entries(l.directions ?? {})) {
      b.addList(p, `directions.${site}`, steps, L.step)
    }
  })
  content.phones.forEach((x, i) => {
    const p = `phones[${i}]`
    b.add(p, 'name', x.name, L.name)
    b.add(p, 'description', x.description, L.description)
    b.add(p, 'hours', x.hours, L.title)
  })
}

function addOthers(content: Content, b: Builder): void {
  const L = TEXT_LIMITS
  b.add('dataset', 'region', content.dataset.region, L.name)
  b.add('dataset', 'publisher', content.dataset.publisher, L.title)
  content.dataset.sources?.forEach((s, i) => {
    b.add(`dataset.sources[${i}]`, 'title', s.title, L.note)
    b.add(`dataset.sources[${i}]`, 'publisher', s.publisher, L.title)
  })
  content.kioskSites.forEach((s, i) => b.add(`kioskSites[${i}]`, 'name', s.name, L.name))
  content.notices.forEach((n, i) => {
    b.add(`notices[${i}]`, 'title', n.title, L.title)
    b.add(`notices[${i}]`, 'body', n.body, L.body)
  })
  content.faqs.forEach((f, i) => {
    b.add(`faqs[${i}]`, 'question', f.question, L.question)
    b.add(`faqs[${i}]`, 'answer', f.answer, L.answer)
  })
  content.screener.questions.forEach((q, i) => {
    const p = `screener.questions[${i}]`
    b.add(p, 'text', q.text, L.question)
    b.add(p, 'help', q.help, L.description)
    q.options?.forEach((o, j) => b.add(`${p}.options[${j}]`, 'label', o.label, L.name))
  })
  content.maps?.forEach((m, i) => b.add(`maps[${i}]`, 'alt', m.alt, L.step))
}

/** Every localized text in the content, in document order, so all text checks see the same set. */
export function localizedFields(content: Content): LocalizedField[] {
  const fields: LocalizedField[] = []
  const builder: Builder = {
    add: (owner, key, text, limit) => {
      if (text !== undefined) fields.push({ owner, key, text, limit })
    },
    addList: (owner, key, texts, limit) =>
      texts?.forEach((text, index) => fields.push({ owner, key, index, text, limit })),
  }
  addPeople(content, builder)
  addOthers(content, builder)
  return fields
}
