import { FOCUSABLE, focusableElements } from './focusables'

/** Which control had focus on a screen: its place among the screen's controls and its words. */
export type FocusMark = { index: number; text: string }

const controlsIn = (root: Element): HTMLElement[] =>
  focusableElements(root.ownerDocument).filter((el) => root.contains(el))

const wordsOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim()

/**
 * The mark of `el` on the screen `root`, or undefined when it is not one of its controls. Focus
 * lands on a screen's heading after every tap (not a control): that case is answered without
 * measuring every control on the new screen, which forced its layout inside the tap (issue 25).
 */
export function markOf(el: Element, root: Element): FocusMark | undefined {
  if (!el.matches(FOCUSABLE) || !root.contains(el)) return undefined
  const index = controlsIn(root).indexOf(el as HTMLElement)
  return index === -1 ? undefined : { index, text: wordsOf(el) }
}

/**
 * The control a mark points to when the visitor comes back: the one with the same words (the
 * list may have changed around it), else the one in the same place, else none.
 */
export function findMark(root: Element, mark: FocusMark): HTMLElement | undefined {
  const controls = controlsIn(root)
  return controls.find((el) => wordsOf(el) === mark.text) ?? controls[mark.index]
}

/** The first control on a screen: where a keypad visitor starts on a new screen. */
export const firstControl = (root: Element): HTMLElement | undefined => controlsIn(root)[0]
