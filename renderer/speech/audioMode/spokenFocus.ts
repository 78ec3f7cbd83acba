import type { Language } from '../../../common/content/schema'
import { focusableElements } from '../../keypad/focusables'
import { spokenName } from '../screenScript'

/** Words audio mode adds to names, in the visitor's language (speech.json `audio.*`). */
export type FocusWords = {
  role: Record<'button' | 'link' | 'heading' | 'dialog', string>
  pressed: string
  notPressed: string
  disabled: string
  current: string
  choices(count: number): string
}

function roleOf(el: Element): keyof FocusWords['role'] | undefined {
  const role = el.getAttribute('role')
  if (role === 'alertdialog' || role === 'dialog') return 'dialog'
  if (role === 'link' || el.tagName === 'A') return 'link'
  if (role === 'button' || el.tagName === 'BUTTON') return 'button'
  if (/^H[1-6]$/.test(el.tagName) || role === 'heading') return 'heading'
  return undefined
}

/**
 * What audio mode says when focus lands on `el`, as a screen reader would: its name, what it is,
 * and its state ("English, button, selected"). Empty when the element has nothing to say.
 */
export function describeFocus(el: Element, lang: Language, words: FocusWords): string {
  const name = spokenName(el, lang)
  if (name === '') return ''
  const role = roleOf(el)
  const parts = [name]
  if (role !== undefined) parts.push(words.role[role])
  const pressed = el.getAttribute('aria-pressed')
  if (pressed === 'true') parts.push(words.pressed)
  if (pressed === 'false') parts.push(words.notPressed)
  if (el.getAttribute('aria-current') === 'page') parts.push(words.current)
  if (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true') {
    parts.push(words.disabled)
  }
  return parts.join(lang === 'zh-Hans' ? '，' : ', ')
}

/** The screen's own part of the page (not the top bar or the hotline bar). */
export const screenRoot = (doc: Document): Element | null => doc.querySelector('[data-screen]')

/**
 * What audio mode says when a screen appears: its title and how many choices it offers (the
 * controls on the screen itself; the top bar and hotline bar are the same on every screen).
 */
export function screenAnnouncement(doc: Document, lang: Language, words: FocusWords): string[] {
  const root = screenRoot(doc)
  if (!root) return []
  const title = root.querySelector('h1')
  const count = focusableElements(doc).filter((el) => root.contains(el)).length
  return [title ? spokenName(title, lang) : '', words.choices(count)].filter((p) => p !== '')
}

/**
 * When focus enters a dialog ("Still there?"), the dialog's title and message come first, then
 * the control: the visitor hears why the screen changed.
 */
export function dialogIntro(el: Element, from: Element | null, lang: Language): string[] {
  const dialog = el.closest('[role="alertdialog"], [role="dialog"]')
  if (!dialog || (from !== null && dialog.contains(from))) return []
  const doc = el.ownerDocument
  const ids = [dialog.getAttribute('aria-labelledby'), dialog.getAttribute('aria-describedby')]
  return ids
    .flatMap((id) => (id ? id.split(/\s+/) : []))
    .map((id) => doc.getElementById(id))
    .filter((node): node is HTMLElement => node !== null)
    .map((node) => spokenName(node, lang))
    .filter((text) => text !== '')
}

/**
 * When focus enters a group of choices (a screener question's fieldset) from outside it, the
 * question and its help come first, as a screen reader says a group's legend: the answers alone
 * ("Yes", "No") mean nothing.
 */
export function groupIntro(el: Element, from: Element | null, lang: Language): string[] {
  const group = el.closest('fieldset')
  if (!group || (from !== null && group.contains(from))) return []
  const legend = group.querySelector(':scope > legend')
  const help = [...group.querySelectorAll(':scope > p')]
  return [legend, ...help]
    .filter((node): node is Element => node !== null)
    .map((node) => spokenName(node, lang))
    .filter((text) => text !== '')
}
