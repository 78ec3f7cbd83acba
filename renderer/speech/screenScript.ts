import type { Language } from '../../common/content/schema'
import { digitsForSpeech } from '../../common/speech/spokenText'

/**
 * What read-aloud says for a screen, built from the screen's own DOM so it always matches what
 * is shown and no screen's logic is written twice. Screens steer it with `data-speak`:
 * - `data-speak="skip"`: never read (decoration, markers that only make sense when seen);
 * - `data-speak="digits"`: read digit by digit in groups (phone numbers);
 * - `data-speak="fact"`: buttons inside are key facts (places, hotlines), read in place.
 */
export type ScriptLabels = {
  /** "Step 3", said before the third item of a numbered list. */
  step(n: number): string
  /** "You can choose:", said before the screen's buttons. */
  actions: string
}

type Kind = 'heading' | 'title' | 'fact' | 'action'
type Piece = { kind: Kind; text: string; group: Element }

const INLINE = new Set([
  'SPAN',
  'STRONG',
  'EM',
  'B',
  'I',
  'SMALL',
  'ABBR',
  'TIME',
  'BDI',
  'BDO',
  'MARK',
  'DATA',
  'SUP',
  'SUB',
  'Q',
  'CITE',
  'BR',
])
const NEVER_READ = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'SVG',
  'svg',
  'CANVAS',
  'IMG',
  'NOSCRIPT',
])
const HEADING = /^H[1-6]$/
const INTERACTIVE = 'button, a[href], [role="button"], [role="link"], summary'
/** Elements read as one piece when nothing block-like is inside them. */
const LEAF_BLOCKS = new Set(['P', 'LI', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'TD', 'TH', 'LABEL'])
const NESTED_BLOCKS = `h1, h2, h3, h4, h5, h6, p, li, div, ul, ol, dl, section, table, ${INTERACTIVE}`

const languageOf = (tag: string): string => tag.trim().toLowerCase().split('-')[0] ?? ''

/** Text in another language than the visitor's (e.g. Chinese standing in) is not spoken. */
function isSkipped(el: Element, lang: Language): boolean {
  if (NEVER_READ.has(el.tagName)) return true
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true
  if (el.getAttribute('aria-hidden') === 'true' || el.getAttribute('data-speak') === 'skip') {
    return true
  }
  const own = el.getAttribute('lang')
  return own !== null && own !== '' && languageOf(own) !== languageOf(lang)
}

/** The spoken text of an element: its words, inline parts spaced, digits spelled out. */
function flatten(el: Element, lang: Language): string {
  if (el.getAttribute('data-speak') === 'digits') return digitsForSpeech(el.textContent ?? '')
  const parts: string[] = []
  for (const child of el.childNodes) {
    if (child.nodeType === 3) parts.push(child.textContent ?? '')
    else if (child instanceof Element && !isSkipped(child, lang)) parts.push(flatten(child, lang))
  }
  return parts.join(' ')
}

const isUnit = (el: Element): boolean =>
  HEADING.test(el.tagName) ||
  el.matches(INTERACTIVE) ||
  el.getAttribute('data-speak') === 'digits' ||
  (LEAF_BLOCKS.has(el.tagName) && el.querySelector(NESTED_BLOCKS) === null)

const isInline = (el: Element): boolean =>
  INLINE.has(el.tagName) && !isUnit(el) && el.querySelector(NESTED_BLOCKS) === null

function kindOf(el: Element, root: Element): Kind {
  if (el.tagName === 'H1') return 'title'
  if (HEADING.test(el.tagName)) return 'heading'
  if (!el.matches(INTERACTIVE)) return 'fact'
  const fact = el.closest('[data-speak="fact"]')
  return fact !== null && root.contains(fact) ? 'fact' : 'action'
}

function unitText(el: Element, lang: Language, labels: ScriptLabels): string {
  const text = flatten(el, lang)
  if (el.tagName !== 'LI' || el.parentElement?.tagName !== 'OL') return text
  const index = [...el.parentElement.children].filter((c) => c.tagName === 'LI').indexOf(el)
  return `${labels.step(index + 1)}: ${text}`
}

/** The section a piece belongs to, so a heading can follow its section's content. */
function groupOf(el: Element, root: Element): Element {
  const section = el.closest('section')
  return section !== null && root.contains(section) ? section : root
}

function collect(el: Element, root: Element, lang: Language, labels: ScriptLabels, out: Piece[]) {
  const group = groupOf(el, root)
  let run: string[] = []
  const flush = () => {
    if (run.length > 0) out.push({ kind: 'fact', text: run.join(' '), group })
    run = []
  }
  for (const child of el.childNodes) {
    if (child.nodeType === 3) run.push(child.textContent ?? '')
    if (!(child instanceof Element) || isSkipped(child, lang)) continue
    if (isInline(child)) {
      run.push(flatten(child, lang))
      continue
    }
    flush()
    if (isUnit(child)) {
      const kind = kindOf(child, root)
      out.push({ kind, text: unitText(child, lang, labels), group: groupOf(child, root) })
    } else {
      collect(child, root, lang, labels, out)
    }
  }
  flush()
}

/** One line of speech: single spaces, none before punctuation (inline parts are spaced). */
const tidy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,!?;:。，、！？；：])/g, '$1')
    .trim()

/**
 * What one control or heading is called, as a voice should say it: its aria-label, else its
 * words in the visitor's language (other-language parts left out, phone numbers digit by digit).
 */
export function spokenName(el: Element, lang: Language): string {
  const label = el.getAttribute('aria-label')
  if (label !== null && label.trim() !== '') return tidy(label)
  return tidy(flatten(el, lang))
}

/**
 * The phrases to speak for a screen root, in a fixed order: the screen's title, then its facts
 * with their section headings (who, what, how, where, phone numbers digit by digit) as they
 * stand on screen, then the buttons a visitor can touch. A section heading whose section holds
 * only buttons is said with those buttons. Text in another language is left out.
 */
export function screenScript(root: Element, lang: Language, labels: ScriptLabels): string[] {
  const pieces: Piece[] = []
  collect(root, root, lang, labels, pieces)
  const spoken = pieces.map((p) => ({ ...p, text: tidy(p.text) })).filter((p) => p.text.length > 0)
  const has = (group: Element, kind: Kind) =>
    spoken.some((p) => p.group === group && p.kind === kind)
  const titles = spoken.filter((p) => p.kind === 'title')
  const facts = spoken.filter(
    (p) => p.kind === 'fact' || (p.kind === 'heading' && has(p.group, 'fact')),
  )
  const actions = spoken.filter(
    (p) =>
      p.kind === 'action' ||
      (p.kind === 'heading' && !has(p.group, 'fact') && has(p.group, 'action')),
  )
  return [
    ...titles.map((p) => p.text),
    ...facts.map((p) => p.text),
    ...(actions.length > 0 ? [labels.actions] : []),
    ...actions.map((p) => p.text),
  ]
}
