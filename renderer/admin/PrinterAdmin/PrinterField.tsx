import { useTranslation } from 'react-i18next'
import {
  printerKindSchema,
  type PaperWidth,
  type PrinterKind,
  type PrinterSettings,
} from '../../../common/print/printerSettings'
import { Field, Stepper } from '../SettingsPanel/Field'

type Props = {
  value: PrinterSettings
  /** The host's reasons for each printer field, by field name (`devicePath`, `host`, …). */
  problems: (field: string) => string[]
  onChange(value: PrinterSettings): void
}

/** The field a connection kind needs (none and the OS default need none). */
const ADDRESS_FIELD: Partial<
  Record<PrinterKind, 'devicePath' | 'queue' | 'host' | 'osPrinterName'>
> = { device: 'devicePath', cups: 'queue', tcp: 'host', os: 'osPrinterName' }

/**
 * The slip printer in the settings form: how it is connected, where (path, queue or address),
 * the paper width and the two paper limits. The host checks the address (a TCP printer must be
 * on the kiosk's own network) and answers with the field that is wrong.
 */
export function PrinterField({ value, problems, onChange }: Props) {
  const { t } = useTranslation('print')
  const { t: ta } = useTranslation('admin')
  const set = (change: Partial<PrinterSettings>) => onChange({ ...value, ...change })
  const address = ADDRESS_FIELD[value.kind]
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
      {address && (
        <Field
          id={`setting-printer-${address}`}
          label={t(`admin.${address}`)}
          problems={problems(address)}
        >
          <input
            id={`setting-printer-${address}`}
            className="admin-input admin-mono"
            value={value[address] ?? ''}
            onChange={(e) => set({ [address]: e.target.value === '' ? undefined : e.target.value })}
          />
        </Field>
      )}
      {value.kind === 'tcp' && (
        <Field id="setting-printer-port" label={t('admin.port')} problems={problems('port')}>
          <input
            id="setting-printer-port"
            className="admin-input admin-mono"
            inputMode="numeric"
            value={String(value.port)}
            onChange={(e) => set({ port: Number(e.target.value) || 0 })}
          />
        </Field>
      )}
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
