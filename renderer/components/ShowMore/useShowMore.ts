import { useEffect, useRef, useState } from 'react'
import { shownCount } from '../PlaceList/rankPlaces'

/**
 * A long list drawn a page at a time: the first `page` items, then `page` more per "show more"
 * tap, so its DOM stays bounded however large the content is (a need with 1,250 services drew
 * 1,250 cards). After a tap, focus moves to the first new item's button or link in `listRef`, so
 * keypad and screen-reader users continue where the new items start. Taps count for this list
 * only: a new `items` array (another need, new content) starts short again, which is why
 * callers pass arrays that keep their identity (the content index's, or a memo).
 */
export function useShowMore<T>(items: readonly T[], page: number, enabled = true) {
  const [more, setMore] = useState<{ of?: readonly T[]; pages: number }>({ pages: 0 })
  const listRef = useRef<HTMLUListElement | null>(null)
  const pages = enabled && more.of === items ? more.pages : 0
  const count = shownCount(items.length, page, pages)
  const firstNew = pages > 0 ? shownCount(items.length, page, pages - 1) : -1

  useEffect(() => {
    if (firstNew < 0) return
    const item = listRef.current?.children.item(firstNew)
    item?.querySelector<HTMLElement>('button, a[href]')?.focus()
  }, [firstNew])

  return {
    /** The items to draw now. */
    shown: items.slice(0, count),
    total: items.length,
    hasMore: enabled && count < items.length,
    showMore: () => setMore({ of: items, pages: pages + 1 }),
    listRef,
  }
}
