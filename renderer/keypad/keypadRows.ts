import type { Box, Direction } from './spatial'

/**
 * The top bar and the hotline bar are keypad rows (`data-keypad-row="top"|"bottom"`): their
 * buttons' widths change with the language, and a layout that wraps differently must not change
 * where a key goes (issue 26: ↑↑→ reached English from Chinese but High contrast from English).
 * So inside a row Left/Right follow the row's order, Up/Down leave it for the screen, and
 * arriving in a row from the screen always lands on its first button.
 */
export const ROW_ATTRIBUTE = 'data-keypad-row'

const rowOf = (el: Element | null): Element | null => el?.closest(`[${ROW_ATTRIBUTE}]`) ?? null

/**
 * Where a key goes from a button in a row: the element, `null` for nowhere (the end of the row,
 * or off the edge of the screen), or `undefined` when the screen's own rules decide (nothing in
 * view to land on, so the screen may scroll first).
 */
export function fromRow(
  active: Element,
  elements: readonly HTMLElement[],
  direction: Direction,
  inView: (el: HTMLElement) => boolean,
): HTMLElement | null | undefined {
  const row = rowOf(active)
  if (!row) return undefined
  if (direction === 'left' || direction === 'right') {
    const own = elements.filter((el) => row.contains(el))
    const at = own.indexOf(active as HTMLElement)
    return own[at + (direction === 'left' ? -1 : 1)] ?? null
  }
  const place = row.getAttribute(ROW_ATTRIBUTE)
  if ((place === 'top' && direction === 'up') || (place === 'bottom' && direction === 'down')) {
    return null
  }
  const screen = elements.filter((el) => rowOf(el) === null && inView(el))
  return (direction === 'down' ? screen[0] : screen.at(-1)) ?? undefined
}

/** A target in a row, reached from outside it, becomes that row's first button. */
export function intoRow(
  active: Element | null,
  target: HTMLElement,
  elements: readonly HTMLElement[],
): HTMLElement {
  const row = rowOf(target)
  if (!row || row === rowOf(active)) return target
  return elements.find((el) => row.contains(el)) ?? target
}

/**
 * Where arrows start from when focus is not on something in view (the screen was scrolled away
 * from it, or the scroll area itself has focus): the visible edge of the scroll area, so ↓ goes
 * to the first control in view instead of jumping back to the top bar.
 */
export function edgeOrigin(region: Box, direction: Direction): Box {
  const bottom = region.top + region.height
  return direction === 'up'
    ? { left: region.left, top: bottom, width: region.width, height: 0 }
    : { left: region.left, top: region.top, width: region.width, height: 0 }
}
