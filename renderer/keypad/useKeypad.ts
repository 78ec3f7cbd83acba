import { useEffect } from 'react'
import { focusableElements } from './focusables'
import { nextFocusIndex, type Direction } from './spatial'

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/**
 * Hardware keypad support: arrows move focus to the nearest element in that direction, Enter
 * activates it (native button behaviour), Escape calls `onEscape` (Back) unless a dialog is open.
 */
export function useKeypad(onEscape: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const direction = ARROWS[event.key]
      if (direction !== undefined) {
        const elements = focusableElements(document)
        const active = document.activeElement
        const at = elements.findIndex((el) => el === active)
        const index = nextFocusIndex(
          at === -1 ? undefined : at,
          elements.map((el) => el.getBoundingClientRect()),
          direction,
        )
        const target = index === undefined ? undefined : elements[index]
        if (target) {
          event.preventDefault()
          target.focus()
          target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        }
      } else if (event.key === 'Escape') {
        if (document.querySelector('[aria-modal="true"]') !== null) return
        event.preventDefault()
        onEscape()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onEscape])
}
