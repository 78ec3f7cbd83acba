import { useId } from 'react'
import { useT } from '../../i18n/useT'
import './StatsChoice.css'

type Props = {
  checked: boolean
  disabled?: boolean
  onChange(next: boolean): void
}

/**
 * The staff choice to add the anonymous usage counters (no personal data) to the result file the
 * kiosk writes on the stick. A real checkbox inside its label, so the whole 72 px row toggles it
 * and screen readers announce its state; the parent keeps it off unless staff tick it.
 */
export function StatsChoice({ checked, disabled = false, onChange }: Props) {
  const { t } = useT('staff')
  const hintId = useId()
  return (
    <div className="staff-stats">
      <label className="staff-stats-choice">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hintId}
          data-staff-stats-choice
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{t('statsChoice.label')}</span>
      </label>
      <p id={hintId} className="staff-stats-hint">
        {t('statsChoice.hint')}
      </p>
    </div>
  )
}
