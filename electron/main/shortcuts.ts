import type { Input } from 'electron'

type Keys = Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0', 'Add', 'Subtract'])
/** Ctrl/Cmd + key: reload, close, quit, print, save, view source, new window/tab, find. */
const MOD_KEYS = new Set(['r', 'w', 'q', 'p', 's', 'u', 'o', 'n', 't', 'f', 'g', 'h', 'j', 'l'])
/** Ctrl/Cmd + Shift + key: devtools (I, J, C), reload without cache, close window. */
const MOD_SHIFT_KEYS = new Set(['i', 'j', 'c', 'r', 'w', 'delete'])
const FUNCTION_KEYS = new Set(['F1', 'F3', 'F5', 'F7', 'F11', 'F12'])
const BROWSER_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome'])

/**
 * Whether a key press would let a visitor leave, reload, zoom, print or inspect the kiosk.
 * Only these are swallowed: arrows, Enter, Escape, Tab and typing still reach the UI, so a
 * hardware keypad keeps working (DESIGN.md §6).
 */
export function isBlockedShortcut(input: Keys): boolean {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  const mod = input.control || input.meta
  if (FUNCTION_KEYS.has(input.key) || BROWSER_KEYS.has(input.key)) return true
  if (
    input.alt &&
    (input.key === 'F4' || input.key === 'ArrowLeft' || input.key === 'ArrowRight')
  ) {
    return true
  }
  if (input.alt && input.key === 'Home') return true
  if (!mod) return false
  if (input.key === 'F4' || input.key === 'F5') return true
  if (ZOOM_KEYS.has(input.key)) return true
  if (input.shift && MOD_SHIFT_KEYS.has(key)) return true
  // Cmd+Alt+I opens devtools on macOS.
  if (input.alt && key === 'i') return true
  return MOD_KEYS.has(key)
}
