/**
 * The audio-mode keypad map (EZ-Access-style, docs/accessibility.md). A kiosk keypad sends
 * ordinary key events; each action answers to a letter key, a numeric-keypad key and, where one
 * exists, the dedicated media key, so the map works on a keypad, a numeric pad and a keyboard.
 * Arrows, Enter and Escape keep their meaning (move, choose, back: renderer/keypad).
 */
export type AudioAction =
  | 'help'
  | 'repeat'
  | 'readScreen'
  | 'pause'
  | 'slower'
  | 'faster'
  | 'quieter'
  | 'louder'
  | 'language'

export const AUDIO_KEYS: Record<AudioAction, readonly string[]> = {
  help: ['h', 'H', '?', 'Help'],
  repeat: ['r', 'R', '.'],
  readScreen: ['s', 'S', '5'],
  pause: ['p', 'P', '0', 'MediaPlayPause'],
  slower: ['[', '/', 'MediaTrackPrevious'],
  faster: [']', '*', 'MediaTrackNext'],
  quieter: ['-', 'AudioVolumeDown'],
  louder: ['+', '=', 'AudioVolumeUp'],
  language: ['l', 'L', '#'],
}

const BY_KEY = new Map<string, AudioAction>(
  (Object.entries(AUDIO_KEYS) as [AudioAction, readonly string[]][]).flatMap(([action, keys]) =>
    keys.map((key) => [key, action] as const),
  ),
)

/** Keys whose own meaning stays in audio mode: moving, choosing, going back. */
export const NAVIGATION_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Enter',
  'Escape',
  'Backspace',
  'Tab',
])

type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>

/**
 * The audio-mode action of a key press, or undefined (a navigation key, a key with a modifier —
 * keypads send none, staff keyboards do — or a key with no meaning).
 */
export function audioAction(event: KeyLike): AudioAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined
  return BY_KEY.get(event.key)
}

/** Speech rates a visitor can step through; DEFAULT_RATE_STEP is the kiosk's usual 0.9. */
export const RATE_STEPS = [0.6, 0.75, 0.9, 1.1, 1.3, 1.6] as const
export const DEFAULT_RATE_STEP = 2

/** One step of visitor volume, from the kiosk's setting, within [MIN_VOLUME, 1]. */
export const VOLUME_STEP = 0.15
export const MIN_VOLUME = 0.1

/** The next rate step, held at the ends. */
export const stepRate = (step: number, by: 1 | -1): number =>
  Math.min(RATE_STEPS.length - 1, Math.max(0, step + by))

/** The next visitor volume, held within [MIN_VOLUME, 1] and rounded to avoid drift. */
export const stepVolume = (volume: number, by: 1 | -1): number =>
  Math.round(Math.min(1, Math.max(MIN_VOLUME, volume + by * VOLUME_STEP)) * 100) / 100
