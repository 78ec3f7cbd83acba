import type {
  PrinterKind,
  PrinterSettings,
  PrinterSettingsOf,
} from '../../../common/print/printerSettings'

/** The fields shared by every kind, shown by PrinterField itself. */
type CommonField = 'kind' | 'paperWidth' | 'perSession' | 'perHour'

/** One input of a kind's own part of the form; its label is `print:admin.<field>`. */
export type KindInput<K extends PrinterKind> = {
  field: Exclude<keyof PrinterSettingsOf<K>, CommonField> & string
  /** A number typed as digits (the TCP port); otherwise text, where empty = not set. */
  numeric?: boolean
}

/**
 * The admin form's inputs for each printer kind (the kinds and their fields: PRINTER_KINDS in
 * common/print/printerSettings.ts). Typed per kind, so a kind without an entry, or a field
 * that the kind does not have, does not compile; a test checks that every field has its input.
 */
export const PRINTER_FORMS: { [K in PrinterKind]: readonly KindInput<K>[] } = {
  none: [],
  device: [{ field: 'devicePath' }],
  cups: [{ field: 'queue' }],
  tcp: [{ field: 'host' }, { field: 'port', numeric: true }],
  os: [{ field: 'osPrinterName' }],
}

/** The inputs of the chosen kind, for rendering. */
export function inputsOf(
  printer: PrinterSettings,
): readonly { field: string; numeric?: boolean }[] {
  return PRINTER_FORMS[printer.kind]
}
