import { useState } from 'react'
import { useT } from '../../i18n/useT'
import { Field } from './Field'
import {
  inputFromSite,
  parseCustomSite,
  type CustomSite,
  type CustomSiteInput,
  type CustomSiteProblem,
} from './customSiteDraft'

type Props = {
  value: CustomSite | undefined
  /** The host's reasons for `customSite` after a refused save. */
  problems: string[]
  onChange(site: CustomSite): void
}

/**
 * A site the content does not list: a landmark name, latitude, longitude and coordinate system.
 * Each wrong field is named as soon as "Use this site" is pressed; nothing changes until the form
 * is right, and Save then sends it for the host's own check.
 */
export function CustomSiteField({ value, problems, onChange }: Props) {
  const { t } = useT('admin')
  const [input, setInput] = useState<CustomSiteInput>(() => inputFromSite(value))
  const [wrong, setWrong] = useState<CustomSiteProblem[]>([])
  const set = (change: Partial<CustomSiteInput>) => setInput((i) => ({ ...i, ...change }))
  const text = (field: 'name' | 'nameEn' | 'lat' | 'lng', numeric = false) => (
    <label className="admin-row">
      <span className="admin-label">{t(`settings.custom.${field}`)}</span>
      <input
        className="admin-input"
        data-custom-site={field}
        inputMode={numeric ? 'decimal' : undefined}
        aria-invalid={wrong.some((p) => p === field) || undefined}
        value={input[field]}
        onChange={(e) => set({ [field]: e.target.value })}
      />
    </label>
  )
  const use = () => {
    const parsed = parseCustomSite(input)
    setWrong(parsed.ok ? [] : parsed.problems)
    if (parsed.ok) onChange(parsed.site)
  }
  return (
    <Field
      id="setting-customSite"
      label={t('settings.custom.title')}
      problems={[...wrong.map((p) => t(`settings.custom.problem.${p}`)), ...problems]}
      group
    >
      {text('name')}
      {text('nameEn')}
      {text('lat', true)}
      {text('lng', true)}
      <p className="admin-label">{t('settings.custom.crs')}</p>
      {(['gcj02', 'wgs84'] as const).map((crs) => (
        <label key={crs} className="admin-choice">
          <input
            type="radio"
            name="customSiteCrs"
            checked={input.crs === crs}
            onChange={() => set({ crs })}
          />
          <span>{t(`settings.custom.${crs}`)}</span>
        </label>
      ))}
      <div className="admin-actions">
        <button type="button" className="secondary-button" onClick={use}>
          {t('settings.custom.use')}
        </button>
      </div>
    </Field>
  )
}
