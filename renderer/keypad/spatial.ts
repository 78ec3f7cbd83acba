export type Direction = 'up' | 'down' | 'left' | 'right'
export type Box = { left: number; top: number; width: number; height: number }

/** Gap between two ranges on one axis; 0 when they overlap. */
function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, bStart - aEnd, aStart - bEnd)
}

function centre(b: Box): { x: number; y: number } {
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 }
}

/** Weight of sideways offset against forward distance: prefer what is straight ahead. */
const SIDEWAYS_WEIGHT = 3

/**
 * Which box a hardware-keypad arrow should move to from `from`: the nearest box whose centre
 * lies in that direction, preferring boxes straight ahead over diagonal ones. When nothing lies
 * that way, falls back to DOM order (previous for up/left, next for down/right), so every element
 * stays reachable even in irregular layouts. With no current box, starts at the first element.
 * Returns an index into `boxes`, or undefined when there is nowhere to go.
 */
export function nextFocusIndex(
  fromIndex: number | undefined,
  boxes: readonly Box[],
  direction: Direction,
): number | undefined {
  if (boxes.length === 0) return undefined
  const from = fromIndex === undefined ? undefined : boxes[fromIndex]
  if (fromIndex === undefined || from === undefined) return 0
  const f = centre(from)
  let best: { index: number; score: number } | undefined
  boxes.forEach((box, index) => {
    if (index === fromIndex) return
    const c = centre(box)
    const vertical = direction === 'up' || direction === 'down'
    const ahead = { up: f.y - c.y, down: c.y - f.y, left: f.x - c.x, right: c.x - f.x }[direction]
    if (ahead <= 1) return
    const forward = vertical
      ? gap(from.top, from.top + from.height, box.top, box.top + box.height)
      : gap(from.left, from.left + from.width, box.left, box.left + box.width)
    const sideways = vertical
      ? gap(from.left, from.left + from.width, box.left, box.left + box.width)
      : gap(from.top, from.top + from.height, box.top, box.top + box.height)
    const score = forward + SIDEWAYS_WEIGHT * sideways + ahead / 1000
    if (best === undefined || score < best.score) best = { index, score }
  })
  if (best !== undefined) return best.index
  const step = direction === 'up' || direction === 'left' ? -1 : 1
  const next = fromIndex + step
  return next >= 0 && next < boxes.length ? next : undefined
}
