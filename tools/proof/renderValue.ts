import { showControls } from '../../common/content/checks/controlChars'
import type { Content, Language } from '../../common/content/schema'
import { LANGUAGES } from '../../common/content/schema'
import { fieldLabel } from '../sheet/labels'
import { codeWord, ruleWords } from './clerkWords'
import { itemsOf, type Collection } from './diff'

/** Escapes text for HTML: every value in a proof comes from content files. */
export const esc = (s: unknown) =>
  // Controls and text-direction overrides are shown as <U+XXXX>, so the proof signed off reads
  // as the characters really are.
  showControls(String(s))
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

const isLocalized = (v: unknown): v is Record<string, string> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && 'zh-Hans' in v

/** The text a visitor in `lang` reads: the translation, or Chinese marked as the fallback. */
function localized(text: Record<string, string>, lang: Language): string {
  const own = text[lang]
  if (own) return esc(own)
  return `<span class="fallback">${esc(text['zh-Hans'])}<small> （无译文，显示中文 / no translation: Chinese shown）</small></span>`
}

/** A word for the clerk with the code it stands for kept small beside it. */
const withCode = (word: string, code: unknown) =>
  `${esc(word)} <small class="code">${esc(code)}</small>`

function plain(key: string, v: unknown): string {
  if (key === 'amountCny' && typeof v === 'number') return `¥${v.toLocaleString('en-US')}`
  const word = codeWord(key, v)
  if (word !== undefined) return withCode(word, v)
  return esc(typeof v === 'object' ? JSON.stringify(v) : v)
}

/** Ids that name other items are shown by those items' names, as the kiosk shows them. */
const REFERENCES: Record<string, Collection> = {
  locationIds: 'locations',
  phoneIds: 'phones',
  phoneId: 'phones',
  categoryIds: 'categories',
  serviceIds: 'services',
  ruleIds: 'screener.rules',
  questionId: 'screener.questions',
}

/** Values that read on their own (¥1,000, 每人, 最多) need no field name in front. */
const SELF_EXPLAINING = new Set(['amountCny', 'per', 'amountKind', 'form', 'appliedFor'])

export type Renderer = (key: string, value: unknown, lang: Language) => string

/** Renders one field's value in one language; unknown shapes fall back to readable text. */
export function valueRenderer(content: Content): Renderer {
  const names = new Map<string, Record<string, unknown>>()
  for (const collection of Object.values(REFERENCES)) {
    for (const item of itemsOf(content, collection)) names.set(`${collection}/${item.id}`, item)
  }
  const sources = new Map(content.dataset.sources?.map((s) => [s.id, s]))
  const reference = (collection: Collection, id: string, lang: Language) => {
    if (collection === 'screener.rules') {
      const words = ruleWords(content, id, lang)
      return words === undefined ? esc(id) : withCode(words, id)
    }
    const item = names.get(`${collection}/${id}`)
    const name = item?.name ?? item?.text
    const number = typeof item?.number === 'string' ? ` ☎ ${esc(item.number)}` : ''
    return isLocalized(name) ? `${localized(name, lang)}${number}` : esc(id)
  }
  const render: Renderer = (key, value, lang) => {
    if (value === undefined) return ''
    if (isLocalized(value)) return localized(value, lang)
    const ref = REFERENCES[key]
    if (ref && typeof value === 'string') return reference(ref, value, lang)
    const source = key === 'sourceIds' && typeof value === 'string' && sources.get(value)
    if (source) {
      const title = source.title[lang] ?? source.title['zh-Hans']
      return withCode(
        `${title}（${source.publisher[lang] ?? source.publisher['zh-Hans']}，${source.date}）`,
        value,
      )
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return '—'
      const items = value.map((v) => `<li>${render(key, v, lang)}</li>`).join('')
      return `<ol>${items}</ol>`
    }
    if (value !== null && typeof value === 'object') {
      const parts = Object.entries(value).map(([k, v]) => {
        const inner = render(k, v, lang)
        const bare = isLocalized(v) || REFERENCES[k] || SELF_EXPLAINING.has(k)
        return bare ? inner : `<span class="k">${esc(fieldLabel([k]))}</span> ${inner}`
      })
      return parts.join(' · ')
    }
    return plain(key, value)
  }
  return render
}

/** True when every language would read the same (numbers, ids, dates): shown once. */
export function sameInEveryLanguage(render: Renderer, key: string, value: unknown): boolean {
  const first = render(key, value, LANGUAGES[0])
  return LANGUAGES.every((lang) => render(key, value, lang) === first)
}
