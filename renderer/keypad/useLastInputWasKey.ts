import { useEffect, useRef, type RefObject } from 'react'

/**
 * Whether the visitor's last input was a key (a keypad) rather than a touch: a keypad visitor
 * gets focus on a control with its ring, a touch visitor no ring where they did not look.
 */
export function useLastInputWasKey(): RefObject<boolean> {
  const keyboard = useRef(false)
  useEffect(() => {
    const onKey = () => {
      keyboard.current = true
    }
    const onPointer = () => {
      keyboard.current = false
    }
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('pointerdown', onPointer, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('pointerdown', onPointer, true)
    }
  }, [])
  return keyboard
}
