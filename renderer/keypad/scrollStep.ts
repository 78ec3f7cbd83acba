import type { Box } from './spatial'

export type ScrollState = { scrollTop: number; clientHeight: number; scrollHeight: number }

/** Share of the visible height one keypad press scrolls: enough to move on, with overlap. */
const PAGE = 0.6

/**
 * When an Up/Down press should scroll the screen instead of moving focus, and by how much.
 * It should when the screen can still scroll that way and the next focus target is not already
 * in view (or there is none, or it is outside the scrolling region), so text between buttons is
 * never skipped and a keypad user can read to the end of a page without buttons.
 * Returns the signed pixel amount to scroll, or 0 to move focus as usual.
 */
export function scrollStep(
  direction: 'up' | 'down',
  region: ScrollState & { box: Box },
  target: { box: Box; inRegion: boolean } | undefined,
): number {
  const step = Math.round(region.clientHeight * PAGE)
  const top = region.box.top
  const bottom = region.box.top + region.box.height
  if (direction === 'down') {
    const canScroll = region.scrollTop + region.clientHeight < region.scrollHeight - 1
    const targetVisible =
      target !== undefined && target.inRegion && target.box.top + target.box.height <= bottom
    return canScroll && !targetVisible ? step : 0
  }
  const canScroll = region.scrollTop > 0
  const targetVisible = target !== undefined && target.inRegion && target.box.top >= top
  return canScroll && !targetVisible ? -step : 0
}
