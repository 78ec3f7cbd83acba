// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  fieldsOfKind,
  printerKindSchema,
  printerSettingsSchema,
  type PrinterSettings,
} from '../../../common/print/printerSettings'
import { defaultSettings } from '../../../common/settings/schema'
import { i18n } from '../../i18n'
import { patchFromDraft } from '../SettingsPanel/settingsDraft'
import { PrinterField } from './PrinterField'
import { PRINTER_FORMS } from './printerForms'

let last: PrinterSettings | undefined

function Harness({ initial }: { initial: PrinterSettings }) {
  const [value, setValue] = useState(initial)
  return (
    <PrinterField
      value={value}
      problems={() => []}
      onChange={(v) => {
        last = v
        setValue(v)
      }}
    />
  )
}

const inputIds = () =>
  [...document.querySelectorAll<HTMLInputElement>('input[id^="setting-printer-"]')]
    .map((i) => i.id.replace('setting-printer-', ''))
    .filter((id) => !['perSession', 'perHour'].includes(id))

beforeEach(async () => {
  last = undefined
  await i18n.changeLanguage('en')
})
afterEach(() => cleanup())

describe('printer form', () => {
  it('has an input, labelled in every language, for each field of each kind', async () => {
    for (const kind of printerKindSchema.options) {
      expect(PRINTER_FORMS[kind].map((i) => i.field).sort(), kind).toEqual(
        fieldsOfKind(kind).sort(),
      )
      for (const lang of ['zh-Hans', 'en', 'ko'])
        for (const field of fieldsOfKind(kind))
          expect(i18n.exists(`print:admin.${field}`, { lng: lang }), `${lang} ${field}`).toBe(true)
    }
    render(<Harness initial={printerSettingsSchema.parse({ kind: 'none' })} />)
    for (const kind of printerKindSchema.options) {
      fireEvent.click(screen.getByRole('radio', { name: i18n.t(`print:admin.kinds.${kind}`) }))
      expect(inputIds(), kind).toEqual(fieldsOfKind(kind))
    }
  })

  it('switches from a device to a network printer and saves only the network fields', () => {
    const device = printerSettingsSchema.parse({ kind: 'device', devicePath: '/dev/usb/lp0' })
    render(<Harness initial={device} />)
    fireEvent.click(screen.getByRole('radio', { name: i18n.t('print:admin.kinds.tcp') }))
    fireEvent.change(screen.getByLabelText(i18n.t('print:admin.host')), {
      target: { value: '192.168.1.50' },
    })
    fireEvent.change(screen.getByLabelText(i18n.t('print:admin.port')), {
      target: { value: '9101' },
    })
    const patch = patchFromDraft({ ...defaultSettings(), printer: last! })
    // The other kinds' fields go as null, so the merge removes the stored device path.
    expect(patch.printer).toEqual({
      kind: 'tcp',
      host: '192.168.1.50',
      port: 9101,
      devicePath: null,
      queue: null,
      osPrinterName: null,
      paperWidth: 80,
      perSession: 3,
      perHour: 30,
    })
    expect(printerSettingsSchema.parse(last)).toEqual({
      kind: 'tcp',
      host: '192.168.1.50',
      port: 9101,
      paperWidth: 80,
      perSession: 3,
      perHour: 30,
    })
  })
})
