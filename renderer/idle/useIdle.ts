import { useEffect, useRef, useState } from 'react'
import { createIdleTimer, type IdlePhase, type IdleTimer } from './idleTimer'

/**
 * Sent on window while audio mode is reading to the visitor: listening is being there, so a long
 * page can be heard to the end (issue 26). A paused reading sends nothing.
 */
export const LISTENING_EVENT = 'kiosk:listening'

/** What counts as a visitor being there. Scroll does not bubble, so listen in the capture phase. */
const ACTIVITY_EVENTS = [
  'pointerdown',
  'touchstart',
  'keydown',
  'wheel',
  'scroll',
  LISTENING_EVENT,
] as const

/**
 * Runs the idle timer while `enabled`: returns the current phase and `resume` for the prompt's
 * "continue" button. `onExpire` ends the session; it is read through a ref so a re-render does not
 * restart the countdown.
 */
export function useIdle(opts: {
  enabled: boolean
  idleSeconds: number
  promptSeconds: number
  onExpire(): void
}): { phase: IdlePhase; resume(): void } {
  const { enabled, idleSeconds, promptSeconds } = opts
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' })
  const timerRef = useRef<IdleTimer | undefined>(undefined)
  const expireRef = useRef(opts.onExpire)
  useEffect(() => {
    expireRef.current = opts.onExpire
  })

  useEffect(() => {
    if (!enabled) return
    const timer = createIdleTimer({
      idleSeconds,
      promptSeconds,
      onChange: setPhase,
      onExpire: () => expireRef.current(),
    })
    timerRef.current = timer
    const onActivity = () => timer.activity()
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onActivity, { capture: true, passive: true })
    }
    return () => {
      timer.stop()
      timerRef.current = undefined
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, onActivity, { capture: true })
      }
      setPhase({ kind: 'active' })
    }
  }, [enabled, idleSeconds, promptSeconds])

  return { phase, resume: () => timerRef.current?.resume() }
}
