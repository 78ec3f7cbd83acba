import { Icon } from '../Icon'
import './ShowMore.css'

/**
 * Under a list drawn a page at a time (useShowMore): how many of how many are shown, and a 72 px
 * button that adds the next page. Renders nothing when everything is shown.
 */
export function ShowMore({
  hasMore,
  shownText,
  buttonText,
  onMore,
}: {
  hasMore: boolean
  shownText: string
  buttonText: string
  onMore: () => void
}) {
  if (!hasMore) return null
  return (
    <div className="show-more">
      <p className="show-more__count">{shownText}</p>
      <button type="button" className="secondary-button show-more__button" onClick={onMore}>
        <Icon name="list" />
        <span>{buttonText}</span>
      </button>
    </div>
  )
}
