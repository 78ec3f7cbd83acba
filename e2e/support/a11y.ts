import { createRequire } from 'node:module'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

/** The WCAG levels issue 4 requires, as axe-core tags. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** DESIGN.md §6: every touch target at least this many CSS pixels in both directions. */
export const MIN_TARGET_PX = 72

type Violations = Pick<AxeResults, 'violations'>['violations']
declare global {
  interface Window {
    axe?: {
      run(context: unknown, options: RunOptions): Promise<AxeResults>
      configure(spec: unknown): void
    }
  }
}

/** The axe-core @axe-core/playwright runs (its own dependency: the two can never differ). */
let axeSource: string | undefined
function axeScript(): string {
  const fromAxeBuilder = createRequire(
    createRequire(import.meta.url).resolve('@axe-core/playwright'),
  )
  axeSource ??= (fromAxeBuilder('axe-core') as { source: string }).source
  return axeSource
}

/**
 * One line per axe violation and node, readable in a test report without opening JSON. Axe runs
 * in the page itself, as AxeBuilder's legacy mode runs it (same axe, configuration, context and
 * tags), with two costs left out: AxeBuilder injects its 1.3 MB of axe twice on every call and
 * sends every result (passes included) back to the test, which made a check take 3 s where the
 * run itself takes 0.4 s. Here axe is injected once per page (it stays until the page navigates)
 * and only the violations come back. A page with frames goes through AxeBuilder, which injects
 * axe into each (the kiosk has none). AxeBuilder's default mode is slower again: it finishes every
 * run in a new blank tab with a second copy of axe, which only cross-origin frames need.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  let violations: Violations
  if (page.frames().length > 1) {
    violations = (await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze())
      .violations
  } else {
    if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) {
      await page.evaluate(axeScript())
      await page.evaluate(() =>
        window.axe?.configure({
          allowedOrigins: ['<same_origin>'],
          branding: { application: 'playwright' },
        }),
      )
    }
    violations = await page.evaluate(async (tags) => {
      const axe = window.axe
      if (!axe) throw new Error('axe was not injected')
      const options: RunOptions = {
        runOnly: { type: 'tag', values: tags },
        // Full detail (a selector per node) for the violations only: the same violations.
        resultTypes: ['violations'],
      }
      return (await axe.run({ exclude: [], include: [] }, options)).violations
    }, AXE_TAGS)
  }
  return violations.flatMap((violation) =>
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
