/** Press-and-hold time on the top-left corner before the second step is offered. */
export const HOLD_MS = 3_000
/** Time after the hold to tap the top-right corner twice. */
export const TAP_WINDOW_MS = 3_000
export const TAPS_NEEDED = 2
/** A finger that slides further than this while holding is scrolling, not holding. */
export const HOLD_SLOP_PX = 24

export type GestureState =
  | { kind: 'idle' }
  | { kind: 'holding'; since: number; x: number; y: number }
  | { kind: 'armed'; until: number; taps: number }

export type GestureEvent =
  | { type: 'corner-down'; at: number; x: number; y: number }
  | { type: 'corner-move'; x: number; y: number }
  | { type: 'corner-up'; at: number }
  | { type: 'corner-cancel' }
  | { type: 'confirm-tap'; at: number }
  | { type: 'tick'; at: number }

export const IDLE: GestureState = { kind: 'idle' }

/**
 * The two-step hidden gesture as a pure state machine: hold the top-left corner for 3 s (a tap
 * or a slide does nothing), then, within 3 s of letting go, tap the top-right corner twice.
 * Returns the next state and whether admin mode was just unlocked. Time is passed in, so the
 * rules are testable without timers.
 */
export function nextGesture(
  state: GestureState,
  event: GestureEvent,
): { state: GestureState; unlocked: boolean } {
  const stay = { state, unlocked: false }
  const reset = { state: IDLE, unlocked: false }
  switch (event.type) {
    case 'corner-down':
      return {
        state: { kind: 'holding', since: event.at, x: event.x, y: event.y },
        unlocked: false,
      }
    case 'corner-move':
      if (state.kind !== 'holding') return stay
      return Math.hypot(event.x - state.x, event.y - state.y) > HOLD_SLOP_PX ? reset : stay
    case 'corner-up':
      if (state.kind !== 'holding' || event.at - state.since < HOLD_MS) return reset
      return { state: { kind: 'armed', until: event.at + TAP_WINDOW_MS, taps: 0 }, unlocked: false }
    case 'corner-cancel':
      return state.kind === 'holding' ? reset : stay
    case 'confirm-tap': {
      if (state.kind !== 'armed' || event.at > state.until) return reset
      const taps = state.taps + 1
      if (taps >= TAPS_NEEDED) return { state: IDLE, unlocked: true }
      return { state: { ...state, taps }, unlocked: false }
    }
    case 'tick':
      return state.kind === 'armed' && event.at > state.until ? reset : stay
  }
}

/**
 * The staff keyboard route in: Ctrl+Alt+Shift+K on a keyboard staff plug in. A kiosk keypad
 * sends plain keys (arrows, Enter, Escape, digits, + and −) and no modifiers, so no sequence a
 * visitor presses on it can open admin mode (issue 26: Escape ×3, ↑↑↓↓ used to); the keyboard
 * route, like the touch gesture, still ends at the PIN pad.
 */
export const STAFF_CHORD = {
  key: 'K',
  code: 'KeyK',
  ctrlKey: true,
  altKey: true,
  shiftKey: true,
  metaKey: false,
} as const

type ChordKeys = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>

/** Whether a key press is the staff chord (by physical key, so any keyboard layout works). */
export const isStaffChord = (event: ChordKeys): boolean =>
  event.code === STAFF_CHORD.code &&
  event.ctrlKey &&
  event.altKey &&
  event.shiftKey &&
  !event.metaKey
