import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The WCAG levels issue 4 requires, as axe-core tags. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** DESIGN.md §6: every touch target at least this many CSS pixels in both directions. */
export const MIN_TARGET_PX = 72

/**
 * One line per axe violation and node, readable in a test report without opening JSON. Axe runs
 * in the page itself ("legacy mode"): the default mode finishes every run in a new blank tab with
 * a second copy of axe, which only cross-origin iframes need — the kiosk has none — and which
 * made each check more than twice as slow (same rules, same results).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze()
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}` +
        (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''),
    ),
  )
}

export type Target = { name: string; width: number; height: number }

/**
 * Every visible interactive element a visitor can touch (not hidden, not inert behind a modal)
 * with its rendered size in CSS pixels.
 */
export async function touchTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const selector = [
      'button',
      'a[href]',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="link"]',
      '[role="tab"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="switch"]',
      '[role="menuitem"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',')
    const targets: { name: string; width: number; height: number }[] = []
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('[inert], [aria-hidden="true"]')) continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      const label = el.getAttribute('aria-label') ?? el.textContent ?? ''
      const name = `<${el.tagName.toLowerCase()} class="${el.className}"> "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`
      targets.push({ name, width: Math.round(box.width), height: Math.round(box.height) })
    }
    return targets
  })
}

/** The targets smaller than MIN_TARGET_PX in either direction, as readable lines. */
export function smallTargets(targets: Target[]): string[] {
  return targets
    .filter((t) => t.width < MIN_TARGET_PX || t.height < MIN_TARGET_PX)
    .map((t) => `${t.name} is ${t.width}x${t.height}`)
}

/** Issue 4 / DESIGN.md §6: no visible text below this size, for tired eyes at arm's length. */
export const MIN_TEXT_PX = 20

/** Visible text rendered below MIN_TEXT_PX, one line per distinct element style and text. */
export async function smallText(page: Page): Promise<string[]> {
  const found = await page.evaluate((min) => {
    const lines = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const value = node.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      if (!el || value === '' || el.closest('.visually-hidden, [aria-hidden="true"]')) continue
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue
      const size = parseFloat(style.fontSize)
      if (size < min)
        lines.add(
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${size}px "${value.slice(0, 40)}"`,
        )
    }
    return [...lines]
  }, MIN_TEXT_PX)
  return found
}
