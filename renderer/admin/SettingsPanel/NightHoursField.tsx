import { useTranslation } from 'react-i18next'
import type { NightSchedule } from '../../../common/settings/nightSchedule'
import { Field } from './Field'

type Props = {
  value: NightSchedule | undefined
  problems: string[]
  onChange(value: NightSchedule | undefined): void
}

const DEFAULT_NIGHT: NightSchedule = { from: '22:00', to: '06:00' }

/**
 * Optional night hours: off, or a start and end time (China time; an end before the start runs
 * past midnight). The host checks the times; a refused value is shown here and the old one stays.
 */
export function NightHoursField({ value, problems, onChange }: Props) {
  const { t } = useTranslation('admin')
  const time = (end: 'from' | 'to') =>
    value && (
      <label className="admin-row">
        <span className="admin-label">{t(`settings.night.${end}`)}</span>
        <input
          className="admin-input"
          inputMode="numeric"
          placeholder={DEFAULT_NIGHT[end]}
          value={value[end]}
          data-night-time={end}
          onChange={(e) => onChange({ ...value, [end]: e.target.value.trim() })}
        />
      </label>
    )
  return (
    <Field id="setting-night" label={t('settings.night.title')} problems={problems} group>
      <label className="admin-choice">
        <input
          type="checkbox"
          checked={value !== undefined}
          onChange={(e) => onChange(e.target.checked ? DEFAULT_NIGHT : undefined)}
        />
        <span>{t('settings.night.enabled')}</span>
      </label>
      {time('from')}
      {time('to')}
      {value && <p className="body-text">{t('settings.night.hint')}</p>}
    </Field>
  )
}
