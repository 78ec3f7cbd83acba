import { useTranslation } from 'react-i18next'
import { checkingHotline, isStale } from '../../../common/content/review'
import { chinaDay } from '../../../common/content/visibility'
import { formatPhone } from '../../../common/domain/phone'
import { useKiosk } from '../../state/useKiosk'
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
 * worse) with one calm line: it may be out of date, and which number to call to check.
 */
export function StaleNotice({ item, phoneIds, categoryIds }: Props) {
  const { t } = useTranslation()
  const { content, now } = useKiosk()
  if (!isStale(item, content.dataset, chinaDay(now()))) return null
  const phone = checkingHotline(content, phoneIds, categoryIds)
  return (
    <p className="stale-notice" role="note" data-testid="stale-notice">
      {phone ? t('stale.callToCheck', { phone: formatPhone(phone.number) }) : t('stale.checkFirst')}
    </p>
  )
}
