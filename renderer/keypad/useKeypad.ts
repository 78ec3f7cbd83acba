import { useEffect } from 'react'
import { focusableElements } from './focusables'
import { edgeOrigin, fromRow, intoRow } from './keypadRows'
import { scrollStep } from './scrollStep'
import { nextFocusIndex, type Direction } from './spatial'

const moveTo = (target: HTMLElement) => {
  target.focus()
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/**
 * Hardware keypad support: arrows move focus to the nearest element in that direction (Up/Down
 * scroll the screen first when the next element is out of view; the top and hotline bars are
 * rows with the same key paths in every language, keypadRows.ts), Enter activates it (native
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
        const region = document.querySelector<HTMLElement>('[data-scroll-region]')
        const modal = document.querySelector('[aria-modal="true"]') !== null
        const regionBox = region?.getBoundingClientRect()
        const inView = (el: HTMLElement) => {
          if (!region || !regionBox || !region.contains(el)) return true
          const b = el.getBoundingClientRect()
          return b.top >= regionBox.top - 1 && b.bottom <= regionBox.bottom + 1
        }
        const fromBar = active && !modal ? fromRow(active, elements, direction, inView) : undefined
        if (fromBar !== undefined) {
          event.preventDefault()
          if (fromBar) moveTo(fromBar)
          return
        }
        const at = elements.findIndex((el) => el === active)
        const lost =
          !(active instanceof HTMLElement) ||
          active === document.body ||
          active === region ||
          !inView(active)
        const origin =
          lost && regionBox && !modal
            ? { box: edgeOrigin(regionBox, direction) }
            : active instanceof HTMLElement && active !== document.body
              ? { box: active.getBoundingClientRect(), index: at === -1 ? undefined : at }
              : undefined
        const index = nextFocusIndex(
          origin,
          elements.map((el) => el.getBoundingClientRect()),
          direction,
        )
        const spatial = index === undefined ? undefined : elements[index]
        const target = spatial && !modal ? intoRow(active, spatial, elements) : spatial
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
          moveTo(target)
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
