import { useCallback, useEffect, useRef, useState, type MouseEvent, type PointerEvent } from 'react'
import {
  IDLE,
  nextGesture,
  isStaffChord,
  type GestureEvent,
  type GestureState,
} from './secretGesture'

export type CornerHandlers = {
  onPointerDown(e: PointerEvent<HTMLElement>): void
  onPointerMove(e: PointerEvent<HTMLElement>): void
  onPointerUp(e: PointerEvent<HTMLElement>): void
  onPointerCancel(e: PointerEvent<HTMLElement>): void
}

/**
 * Wires the hidden gesture and the keypad sequence to the DOM while `enabled`: pointer handlers
 * for the hold corner and the confirm corner, a keydown listener for the staff keyboard chord (never a keypad sequence), and a
 * timer that drops the armed state when its window lapses. Calls `onUnlock` once per unlock.
 * Time comes from `Date.now()`, so Playwright's clock can drive it.
 */
export function useAdminEntry(
  enabled: boolean,
  onUnlock: () => void,
): {
  armed: boolean
  holdCorner: CornerHandlers
  confirmCorner: { onClick(e: MouseEvent<HTMLElement>): void }
} {
  const [state, setState] = useState<GestureState>(IDLE)
  const stateRef = useRef<GestureState>(IDLE)
  const unlockRef = useRef(onUnlock)
  useEffect(() => {
    unlockRef.current = onUnlock
  })

  const dispatch = useCallback((event: GestureEvent) => {
    const out = nextGesture(stateRef.current, event)
    stateRef.current = out.state
    setState(out.state)
    if (out.unlocked) unlockRef.current()
  }, [])

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isStaffChord(event)) return
      event.preventDefault()
      unlockRef.current()
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [enabled])

  useEffect(() => {
    if (state.kind !== 'armed') return
    const timer = setTimeout(
      () => dispatch({ type: 'tick', at: Date.now() }),
      Math.max(0, state.until - Date.now()) + 1,
    )
    return () => clearTimeout(timer)
  }, [state, dispatch])

  const holdCorner: CornerHandlers = {
    onPointerDown(e) {
      try {
        e.currentTarget.setPointerCapture(e.pointerId)
      } catch {
        // No capture (an old engine or a synthetic event): the hold still works without it.
      }
      dispatch({ type: 'corner-down', at: Date.now(), x: e.clientX, y: e.clientY })
    },
    onPointerMove: (e) => dispatch({ type: 'corner-move', x: e.clientX, y: e.clientY }),
    onPointerUp: () => dispatch({ type: 'corner-up', at: Date.now() }),
    onPointerCancel: () => dispatch({ type: 'corner-cancel' }),
  }
  // A tap counts on click, the last event of a tap: admin mode replaces the screen on the second
  // one, and nothing of that tap may then land on the control that appears under the finger.
  const confirmCorner = {
    onClick(e: MouseEvent<HTMLElement>) {
      e.preventDefault()
      dispatch({ type: 'confirm-tap', at: Date.now() })
    },
  }
  return { armed: enabled && state.kind === 'armed', holdCorner, confirmCorner }
}
