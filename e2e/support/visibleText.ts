import type { Page } from '@playwright/test'

export type VisibleText = { text: string; lang: string }

/**
 * Every piece of text a visitor can see (rendered, non-empty text nodes, plus accessible labels
 * of icon-only controls), each with the language it is marked as (the nearest `lang`). Used to
 * prove that a language switch changed every string, not just some.
 */
export async function visibleTexts(page: Page): Promise<VisibleText[]> {
  return page.evaluate(() => {
    const out: { text: string; lang: string }[] = []
    const shown = (el: Element) => {
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      return (
        style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0
      )
    }
    const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? ''
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const value = node.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      if (!parent || value === '' || !shown(parent)) continue
      if (parent.closest('.visually-hidden, [aria-hidden="true"], svg')) continue
      out.push({ text: value, lang: langOf(parent) })
    }
    for (const el of document.querySelectorAll('[aria-label]')) {
      const label = el.getAttribute('aria-label')?.trim() ?? ''
      if (label !== '' && shown(el)) out.push({ text: label, lang: langOf(el) })
    }
    return out
  })
}

/** True for text with letters in it: numbers and symbols (110, 12333, →) are the same everywhere. */
export const hasLetters = (text: string) => /\p{L}/u.test(text)

/** True for Chinese characters or Korean Hangul. */
export const hasCjk = (text: string) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(text)
