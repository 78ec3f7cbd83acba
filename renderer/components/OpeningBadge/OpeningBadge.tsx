import { useT } from '../../i18n/useT'
import { openingState, type OpeningState } from '../../../common/domain/openingHours'
import { useKiosk } from '../../state/useKiosk'
import {
  openingLabel,
  type OpeningLabel,
  type OpeningTone,
} from '../../../common/present/openingLabel'
import './OpeningBadge.css'

/** A shape per state, so open/closed never depends on colour alone. */
const MARKS: Record<OpeningTone, string> = {
  open: 'M5 12l5 5 9-10',
  closed: 'M6 6l12 12M18 6L6 18',
  unknown: 'M9 9a3 3 0 1 1 4 2.8c-.7.4-1 1-1 1.7v.5M12 18v.01',
}

type Props = {
  hours: string | undefined
  /** The state a list already worked out for this minute; without it the badge parses `hours`. */
  state?: OpeningState
  /** The words an item's presentation already chose (a place page); they win over both. */
  label?: OpeningLabel
}

/**
 * "Open now · closes at 17:00" / "Open 24 hours" / "Closed now · opens …" / "Hours unknown",
 * judged on the host clock (so KIOSK_NOW moves it too). Unknown hours never read as closed.
 */
export function OpeningBadge({ hours, state, label }: Props) {
  const { t } = useT('places')
  const { now, calendar } = useKiosk()
  const at = now()
  const { tone, text } =
    label ??
    openingLabel(state ?? openingState(hours, at, calendar.holidayDay), at, (k, v) => t(k, v))
  return (
    <span className={`opening-badge opening-badge--${tone}`}>
      <svg className="opening-badge__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d={MARKS[tone]}
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
      <span>{text}</span>
    </span>
  )
}
