import { createContext } from 'react'

/**
 * Runs `task` after the frame now being built has been painted and the next frame has begun: two
 * animation frames, then a task. One frame is not enough here: with software raster the painted
 * frame is still being rastered on the other core through the next frame, and work started
 * right after the paint held the next frame back by tens of milliseconds in traces (issue 25).
 * Returns a cancel. Where there are no animation frames (a page in the background, a test
 * without a visual DOM) the task runs on the next timer tick, so nothing held back waits for a
 * frame that never comes.
 */
export function afterFrame(win: Window, task: () => void): () => void {
  let frame: number | undefined
  let timer: number | undefined
  if (typeof win.requestAnimationFrame !== 'function' || win.document.hidden) {
    timer = win.setTimeout(task, 0)
  } else {
    frame = win.requestAnimationFrame(() => {
      frame = win.requestAnimationFrame(() => {
        frame = undefined
        timer = win.setTimeout(task, 0)
      })
    })
  }
  return () => {
    if (frame !== undefined) win.cancelAnimationFrame(frame)
    if (timer !== undefined) win.clearTimeout(timer)
  }
}

/**
 * Asked by `AfterFirstFrame` as it first renders: whether the screen it is in must be drawn
 * whole in its first frame. The kiosk's shell answers (a keypad visitor, or one coming Back,
 * gets focus on a control that may be anywhere on the screen); without a shell — a screen on
 * its own, the content office's proof — everything is drawn at once.
 */
export const DrawWholeContext = createContext<() => boolean>(() => true)

/**
 * True inside a rehearsal (`navigation/Rehearsal.tsx`): a screen drawn off the page while the
 * kiosk is idle draws only what a tap's first frame draws, never the parts held back (a place's
 * map, the print button's printer check), which a rehearsal is not there to warm.
 */
export const FirstFrameOnlyContext = createContext(false)
