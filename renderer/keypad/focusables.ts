/** The controls a keypad can reach, before the rendered / enabled / modal checks. */
export const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * The elements a keypad can reach, in DOM order: enabled, rendered, and not behind a modal.
 * When a modal dialog is open only its contents count, so focus cannot escape it.
 */
export function focusableElements(doc: Document): HTMLElement[] {
  const modal = doc.querySelector<HTMLElement>('[aria-modal="true"]')
  const root: ParentNode = modal ?? doc
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => {
    if (el.closest('[inert]') !== null || el.hasAttribute('data-scroll-region')) return false
    const box = el.getBoundingClientRect()
    return box.width > 0 && box.height > 0
  })
}
