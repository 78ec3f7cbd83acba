import { useEffect } from 'react'
import { focusableElements } from './focusables'
import { scrollStep } from './scrollStep'
import { nextFocusIndex, type Direction } from './spatial'

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/**
 * Hardware keypad support: arrows move focus to the nearest element in that direction (Up/Down
 * scroll the screen first when the next element is out of view), Enter activates it (native
 * button behaviour), Escape (or Backspace, a keypad's "back" key) calls `onEscape` (Back) unless a
 * dialog is open.
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
        const origin =
          active instanceof HTMLElement && active !== document.body
            ? { box: active.getBoundingClientRect(), index: at === -1 ? undefined : at }
            : undefined
        const index = nextFocusIndex(
          origin,
          elements.map((el) => el.getBoundingClientRect()),
          direction,
        )
        const target = index === undefined ? undefined : elements[index]
        const modal = document.querySelector('[aria-modal="true"]') !== null
        const region = document.querySelector<HTMLElement>('[data-scroll-region]')
        if (region && !modal && (direction === 'up' || direction === 'down')) {
          const amount = scrollStep(
            direction,
            {
              scrollTop: region.scrollTop,
              clientHeight: region.clientHeight,
              scrollHeight: region.scrollHeight,
              box: region.getBoundingClientRect(),
            },
            target && { box: target.getBoundingClientRect(), inRegion: region.contains(target) },
          )
          if (amount !== 0) {
            event.preventDefault()
            region.scrollBy({ top: amount })
            return
          }
        }
        if (target) {
          event.preventDefault()
          target.focus()
          target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        }
      } else if (event.key === 'Escape' || event.key === 'Backspace') {
        if (document.querySelector('[aria-modal="true"]') !== null) return
        event.preventDefault()
        onEscape()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onEscape])
}
