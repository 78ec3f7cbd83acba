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

/** The hardware keypad route in: Escape ×3, then Up, Up, Down, Down, all within 5 s. */
export const KEY_SEQUENCE = [
  'Escape',
  'Escape',
  'Escape',
  'ArrowUp',
  'ArrowUp',
  'ArrowDown',
  'ArrowDown',
] as const
export const KEY_WINDOW_MS = 5_000

export type KeyPress = { key: string; at: number }

/**
 * Adds a key press to the recent history (bounded to the sequence length) and says whether the
 * history now ends with the whole sequence typed within the time window.
 */
export function nextKeys(
  history: readonly KeyPress[],
  press: KeyPress,
): { history: KeyPress[]; unlocked: boolean } {
  const recent = [...history, press].slice(-KEY_SEQUENCE.length)
  const first = recent[0]
  const complete =
    recent.length === KEY_SEQUENCE.length &&
    recent.every((p, i) => p.key === KEY_SEQUENCE[i]) &&
    first !== undefined &&
    press.at - first.at <= KEY_WINDOW_MS
  return complete ? { history: [], unlocked: true } : { history: recent, unlocked: false }
}
