import { useT } from '../../i18n/useT'
import {
  printerKindSchema,
  type PaperWidth,
  type PrinterSettings,
} from '../../../common/print/printerSettings'
import { Field, Stepper } from '../SettingsPanel/Field'
import { inputsOf } from './printerForms'

type Props = {
  value: PrinterSettings
  /** The host's reasons for each printer field, by field name (`devicePath`, `host`, …). */
  problems: (field: string) => string[]
  onChange(value: PrinterSettings): void
}

/**
 * The slip printer in the settings form: how it is connected, where (the chosen kind's own
 * inputs, from PRINTER_FORMS), the paper width and the two paper limits. The host checks the
 * fields (a TCP printer must be on the kiosk's own network) and answers with the one that is
 * wrong. Switching kind keeps the other kind's fields in the draft; the host drops them.
 */
export function PrinterField({ value, problems, onChange }: Props) {
  const { t } = useT('print')
  const { t: ta } = useT('admin')
  // The draft may be incomplete while staff type (a device kind without its path yet); the
  // host checks it when it is saved.
  const set = (change: Record<string, unknown>) =>
    onChange({ ...value, ...change } as PrinterSettings)
  const fields = value as Record<string, unknown>
  const limit = (field: 'perSession' | 'perHour', step: number) => (
    <Field id={`setting-printer-${field}`} label={t(`admin.${field}`)} problems={problems(field)}>
      <Stepper
        id={`setting-printer-${field}`}
        label={t(`admin.${field}`)}
        value={value[field]}
        step={step}
        onChange={(v) => set({ [field]: v })}
        decreaseLabel={ta('settings.decrease', { label: t(`admin.${field}`) })}
        increaseLabel={ta('settings.increase', { label: t(`admin.${field}`) })}
      />
    </Field>
  )
  return (
    <fieldset className="admin-field" data-settings-printer="">
      <legend className="admin-label">{t('admin.title')}</legend>
      <Field id="setting-printer-kind" label={t('admin.kind')} problems={problems('kind')} group>
        {printerKindSchema.options.map((kind) => (
          <label key={kind} className="admin-choice">
            <input
              type="radio"
              name="printer-kind"
              checked={value.kind === kind}
              onChange={() => set({ kind })}
            />
            <span>{t(`admin.kinds.${kind}`)}</span>
          </label>
        ))}
      </Field>
      {inputsOf(value).map(({ field, numeric }) => (
        <Field
          key={field}
          id={`setting-printer-${field}`}
          label={t(`admin.${field}`)}
          problems={problems(field)}
        >
          <input
            id={`setting-printer-${field}`}
            className="admin-input admin-mono"
            {...(numeric ? { inputMode: 'numeric' as const } : {})}
            value={String(fields[field] ?? '')}
            onChange={(e) =>
              set({
                [field]: numeric
                  ? Number(e.target.value) || 0
                  : e.target.value === ''
                    ? undefined
                    : e.target.value,
              })
            }
          />
        </Field>
      ))}
      <Field
        id="setting-printer-paper"
        label={t('admin.paperWidth')}
        problems={problems('paperWidth')}
        group
      >
        {([58, 80] as PaperWidth[]).map((width) => (
          <label key={width} className="admin-choice">
            <input
              type="radio"
              name="printer-paper"
              checked={value.paperWidth === width}
              onChange={() => set({ paperWidth: width })}
            />
            <span>{width}</span>
          </label>
        ))}
      </Field>
      {limit('perSession', 1)}
      {limit('perHour', 5)}
    </fieldset>
  )
}
