export type Direction = 'up' | 'down' | 'left' | 'right'
export type Box = { left: number; top: number; width: number; height: number }

/** Where focus is now: its box, and its index when it is one of the candidates. */
export type FocusOrigin = { box: Box; index?: number }

/** Gap between two ranges on one axis; 0 when they overlap. */
function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, bStart - aEnd, aStart - bEnd)
}

/** Pixels two neighbours may overlap and still count as side by side (borders, rounding). */
const OVERLAP_SLACK = 4
/** Weight of sideways offset against forward distance: prefer what is straight ahead. */
const SIDEWAYS_WEIGHT = 3

/** How far `box` lies beyond `from` in `direction`, or undefined when it is not that way. */
function forwardGap(from: Box, box: Box, direction: Direction): number | undefined {
  const d = {
    down: box.top - (from.top + from.height),
    up: from.top - (box.top + box.height),
    right: box.left - (from.left + from.width),
    left: from.left - (box.left + box.width),
  }[direction]
  return d >= -OVERLAP_SLACK ? Math.max(0, d) : undefined
}

function sidewaysGap(from: Box, box: Box, direction: Direction): number {
  return direction === 'up' || direction === 'down'
    ? gap(from.left, from.left + from.width, box.left, box.left + box.width)
    : gap(from.top, from.top + from.height, box.top, box.top + box.height)
}

/**
 * Which box a hardware-keypad arrow should move to: the nearest box lying wholly beyond the
 * current one in that direction, preferring boxes straight ahead over diagonal ones. When nothing
 * lies that way, falls back to DOM order (previous for up/left, next for down/right), so every
 * element stays reachable in irregular layouts. With no origin, starts at the first element.
 * Returns an index into `boxes`, or undefined when there is nowhere to go.
 */
export function nextFocusIndex(
  origin: FocusOrigin | undefined,
  boxes: readonly Box[],
  direction: Direction,
): number | undefined {
  if (boxes.length === 0) return undefined
  if (origin === undefined) return 0
  let best: { index: number; score: number } | undefined
  boxes.forEach((box, index) => {
    if (index === origin.index) return
    const forward = forwardGap(origin.box, box, direction)
    if (forward === undefined) return
    const score = forward + SIDEWAYS_WEIGHT * sidewaysGap(origin.box, box, direction)
    if (best === undefined || score < best.score) best = { index, score }
  })
  if (best !== undefined) return best.index
  if (origin.index === undefined) return undefined
  const next = origin.index + (direction === 'up' || direction === 'left' ? -1 : 1)
  return next >= 0 && next < boxes.length ? next : undefined
}
