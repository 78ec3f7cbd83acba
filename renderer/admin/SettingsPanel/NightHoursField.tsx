import { useT } from '../../i18n/useT'
import type { NightSchedule } from '../../../common/settings/nightSchedule'
import { Field } from './Field'

type Props = {
  value: NightSchedule | undefined
  problems: string[]
  onChange(value: NightSchedule | undefined): void
  /** Another clock window with the same form (the maintenance hours): its strings and field id. */
  strings?: 'settings.night' | 'settings.window'
  id?: string
  suggested?: NightSchedule
}

const DEFAULT_NIGHT: NightSchedule = { from: '22:00', to: '06:00' }

/**
 * Optional night hours (or, with `strings`, another window such as the maintenance hours): off, or a start and end time (China time; an end before the start runs
 * past midnight). The host checks the times; a refused value is shown here and the old one stays.
 */
export function NightHoursField({
  value,
  problems,
  onChange,
  strings = 'settings.night',
  id = 'setting-night',
  suggested = DEFAULT_NIGHT,
}: Props) {
  const { t } = useT('admin')
  const time = (end: 'from' | 'to') =>
    value && (
      <label className="admin-row">
        <span className="admin-label">{t(`${strings}.${end}`)}</span>
        <input
          className="admin-input"
          inputMode="numeric"
          placeholder={suggested[end]}
          value={value[end]}
          data-night-time={end}
          onChange={(e) => onChange({ ...value, [end]: e.target.value.trim() })}
        />
      </label>
    )
  return (
    <Field id={id} label={t(`${strings}.title`)} problems={problems} group>
      <label className="admin-choice">
        <input
          type="checkbox"
          checked={value !== undefined}
          onChange={(e) => onChange(e.target.checked ? suggested : undefined)}
        />
        <span>{t(`${strings}.enabled`)}</span>
      </label>
      {time('from')}
      {time('to')}
      {value && <p className="body-text">{t(`${strings}.hint`)}</p>}
    </Field>
  )
}
