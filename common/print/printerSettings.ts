import { z } from 'zod'
import { isPrinterDevicePath, isPrivateOrLoopbackIp } from './printerAddress'

/** Thermal paper widths the kiosk lays slips out for. */
export const paperWidthSchema = z.union([z.literal(58), z.literal(80)])
export type PaperWidth = z.infer<typeof paperWidthSchema>

/** Printable dots across the paper at 203 dpi (8 dots/mm): 48 mm of 58 mm, 72 mm of 80 mm. */
export const DOTS_FOR_PAPER: Record<PaperWidth, number> = { 58: 384, 80: 576 }

/** The fields every kind of printer has: the paper and the two paper limits. */
const commonFields = {
  paperWidth: paperWidthSchema.default(80),
  /** Slips one visitor may print in one session. */
  perSession: z.number().int().min(1).max(10).default(3),
  /** Slips the kiosk prints in any 60 minutes, so a prank cannot empty the roll. */
  perHour: z.number().int().min(1).max(300).default(30),
}
const COMMON_KEYS = Object.keys(commonFields)

const DEVICE_MESSAGE =
  'a device printer needs its device: /dev/usb/lp0, /dev/ttyUSB0, /dev/ttyACM0, COM3 or LPT1 (never a file)'
const QUEUE_MESSAGE = 'a CUPS printer needs its queue name (letters, digits, "-", "_", ".")'
const HOST_MESSAGE =
  'a network printer needs an IP address on this kiosk’s own network (10.x, 172.16–31.x, 192.168.x, 169.254.x or loopback), written plainly (no leading zeros)'

/** One kind of printer: its own fields next to the common ones, nothing else (strict). */
const kind = <K extends string, S extends z.ZodRawShape>(name: K, fields: S) =>
  z.object({ kind: z.literal(name), ...commonFields, ...fields }).strict()

/**
 * Every kind of printer, described once: the fields it needs and how each is checked. The
 * transport (electron/services/printing/transports.ts) and the admin form
 * (renderer/admin/PrinterAdmin/printerForms.ts) each have one entry per kind, typed from this
 * registry, so a kind missing there fails to compile. Adding a printer kind: an entry here, its
 * transport file plus an entry there, and its form entry (docs/printing.md).
 */
export const PRINTER_KINDS = {
  /** No printer: no Print button (the default). */
  none: kind('none', {}),
  /** An ESC/POS device: a USB printer or a serial port (see isPrinterDevicePath). */
  device: kind('device', {
    devicePath: z
      .string({ error: DEVICE_MESSAGE })
      .trim()
      .max(200)
      .refine(isPrinterDevicePath, DEVICE_MESSAGE),
  }),
  /** A raw CUPS queue, given to `lp -d`. */
  cups: kind('cups', {
    queue: z
      .string({ error: QUEUE_MESSAGE })
      .trim()
      .max(127)
      .regex(/^[A-Za-z0-9_.-]+$/, QUEUE_MESSAGE),
  }),
  /** A network printer on raw TCP (9100 on most network receipt printers). */
  tcp: kind('tcp', {
    host: z
      .string({ error: HOST_MESSAGE })
      .trim()
      .max(64)
      .refine(isPrivateOrLoopbackIp, HOST_MESSAGE),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  /** The OS printer by name (Electron only); absent = the system default printer. */
  os: kind('os', { osPrinterName: z.string().trim().min(1).max(200).optional() }),
}

export type PrinterKind = keyof typeof PRINTER_KINDS
/** The settings of one kind of printer. */
export type PrinterSettingsOf<K extends PrinterKind> = z.output<(typeof PRINTER_KINDS)[K]>
export type PrinterSettings = { [K in PrinterKind]: PrinterSettingsOf<K> }[PrinterKind]

const KIND_NAMES = Object.keys(PRINTER_KINDS) as [PrinterKind, ...PrinterKind[]]
/** Where slips go: nothing, an ESC/POS device, a raw CUPS queue, TCP 9100, or the OS printer. */
export const printerKindSchema = z.enum(KIND_NAMES)

/** The field names a kind owns (besides `kind` and the common ones). */
export function fieldsOfKind(name: PrinterKind): string[] {
  return Object.keys(PRINTER_KINDS[name].shape).filter(
    (f) => f !== 'kind' && !COMMON_KEYS.includes(f),
  )
}
/** Every field of every kind (the settings form clears the ones the chosen kind has not). */
export const PRINTER_KIND_FIELDS: readonly string[] = [...new Set(KIND_NAMES.flatMap(fieldsOfKind))]
const ALL_KIND_FIELDS = new Set(PRINTER_KIND_FIELDS)

/**
 * Drops the fields that belong to another kind, so switching to "none" (or from device to
 * network) never fails on a stale path left by a merge patch; a field no kind knows is kept, so
 * `.strict()` still names a typo. Without `kind`, the printer is "none".
 */
function dropOtherKindsFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const input = value as Record<string, unknown>
  const name = input.kind ?? 'none'
  if (typeof name !== 'string' || !(name in PRINTER_KINDS)) return value
  const own = new Set(fieldsOfKind(name as PrinterKind))
  return Object.fromEntries([
    ['kind', name],
    ...Object.entries(input).filter(
      ([f]) => f !== 'kind' && (own.has(f) || !ALL_KIND_FIELDS.has(f)),
    ),
  ])
}

/** The printer part of the kiosk settings: one of PRINTER_KINDS, chosen by `kind`. */
export const printerSettingsSchema = z.preprocess(
  dropOtherKindsFields,
  z.discriminatedUnion(
    'kind',
    Object.values(PRINTER_KINDS) as unknown as [
      (typeof PRINTER_KINDS)['none'],
      ...(typeof PRINTER_KINDS)[Exclude<PrinterKind, 'none'>][],
    ],
  ),
) as unknown as z.ZodType<PrinterSettings, unknown>

export const defaultPrinterSettings = (): PrinterSettings => printerSettingsSchema.parse({})

/**
 * What a probe of the printer depends on: the kind and every field of it, but not the paper or
 * the limits. Taken from the settings themselves, so a new field can never be missed (a missed
 * field once kept a stale probe of the old printer).
 */
export function printerKey(printer: PrinterSettings): string {
  const where = Object.entries(printer).filter(([f]) => !COMMON_KEYS.includes(f))
  return JSON.stringify(where.sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * A printer stored by an older version, made loadable: fields of other kinds dropped (earlier
 * versions kept `port` and stale paths on every kind), and a device path or address this version
 * no longer accepts (a file, a non-canonical IP) turned into "no printer" with the paper and
 * limits kept — printing there is exactly what issue 23 closed, and refusing the whole settings
 * file would lose every other setting. Anything else is returned as it was, for the schema to judge.
 */
export function migrateStoredPrinter(value: unknown): unknown {
  const stripped = dropOtherKindsFields(value)
  if (printerSettingsSchema.safeParse(stripped).success) return stripped
  const input = stripped as Record<string, unknown>
  const common = Object.fromEntries(
    Object.entries(input ?? {}).filter(([f]) => COMMON_KEYS.includes(f)),
  )
  const none = { kind: 'none', ...common }
  return printerSettingsSchema.safeParse(none).success ? none : value
}
