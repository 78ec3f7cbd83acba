import { useTranslation } from 'react-i18next'
import type { OpeningState } from '../../../common/domain/openingHours'
import { useKiosk } from '../../state/useKiosk'
import { openingLabel } from '../../../common/present/openingLabel'

/**
 * On a place's own page, in a year whose public holidays this kiosk does not know yet, says that
 * holiday hours may differ. Lists leave it out: one line per place would bury the places. It
 * takes the state the page's badges show, so all three read the same minute.
 */
export function HolidayHoursNote({ state }: { state: OpeningState }) {
  const { t } = useTranslation('places')
  const { now } = useKiosk()
  const { note } = openingLabel(state, now(), (k, v) => t(k, v))
  return note ? <p className="body-text holiday-hours-note">{note}</p> : null
}
