import { warningsFor } from '../../../common/present/present'
import { usePresentContext } from '../../state/usePresentContext'
import './StaleNotice.css'

type Props = {
  /** The item shown; its own `reviewBy`, else the dataset's, decides. */
  item: { reviewBy?: string | undefined }
  /** The item's own phones: the office that can confirm its facts is the one to call. */
  phoneIds?: readonly string[]
  /** The item's needs: a hotline of the same need is the next best number to check with. */
  categoryIds?: readonly string[] | undefined
}

/**
 * Past its review date an item stays on screen (hiding a shelter nobody re-confirmed would be
 * worse) with one calm line: it may be out of date, and which number to call to check. The line
 * is the item presentation's (common/present), the same the slip, the QR text and speech carry.
 */
export function StaleNotice({ item, phoneIds, categoryIds }: Props) {
  const ctx = usePresentContext()
  const stale = warningsFor(item, ctx, phoneIds, categoryIds).find((w) => w.kind === 'stale')
  if (!stale) return null
  return (
    <p className="stale-notice" role="note" data-testid="stale-notice">
      {stale.text}
    </p>
  )
}
