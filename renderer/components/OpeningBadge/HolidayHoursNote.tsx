import { useTranslation } from 'react-i18next'
import { openingState } from '../../../common/domain/openingHours'
import { useKiosk } from '../../state/useKiosk'
import { openingLabel } from './openingLabel'

/**
 * On a place's own page, in a year whose public holidays this kiosk does not know yet, says that
 * holiday hours may differ. Lists leave it out: one line per place would bury the places.
 */
export function HolidayHoursNote({ hours }: { hours: string | undefined }) {
  const { t } = useTranslation('places')
  const { now } = useKiosk()
  const at = now()
  const { note } = openingLabel(openingState(hours, at), at, (k, v) => t(k, v))
  return note ? <p className="body-text holiday-hours-note">{note}</p> : null
}
