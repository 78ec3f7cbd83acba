import { z } from 'zod'
import { isPrivateOrLoopbackIp } from './printerAddress'

/** Where slips go: nothing, an ESC/POS device file, a raw CUPS queue, TCP 9100, or the OS printer. */
export const printerKindSchema = z.enum(['none', 'device', 'cups', 'tcp', 'os'])
export type PrinterKind = z.infer<typeof printerKindSchema>

/** Thermal paper widths the kiosk lays slips out for. */
export const paperWidthSchema = z.union([z.literal(58), z.literal(80)])
export type PaperWidth = z.infer<typeof paperWidthSchema>

/** Printable dots across the paper at 203 dpi (8 dots/mm): 48 mm of 58 mm, 72 mm of 80 mm. */
export const DOTS_FOR_PAPER: Record<PaperWidth, number> = { 58: 384, 80: 576 }

/**
 * The printer part of the kiosk settings. The fields a kind needs are checked only for that kind,
 * so switching to "none" never fails on a stale path. A TCP printer must be an IP literal on the
 * kiosk's own network (see isPrivateOrLoopbackIp).
 */
export const printerSettingsSchema = z
  .object({
    kind: printerKindSchema.default('none'),
    /** `device`: e.g. /dev/usb/lp0 (Linux) — an absolute path. */
    devicePath: z.string().trim().max(200).optional(),
    /** `cups`: the queue name given to `lp -d`. */
    queue: z.string().trim().max(127).optional(),
    /** `tcp`: the printer's IP address and port (9100 on most network receipt printers). */
    host: z.string().trim().max(64).optional(),
    port: z.number().int().min(1).max(65535).default(9100),
    /** `os`: the OS printer's name; absent = the system default printer. */
    osPrinterName: z.string().trim().max(200).optional(),
    paperWidth: paperWidthSchema.default(80),
    /** Slips one visitor may print in one session. */
    perSession: z.number().int().min(1).max(10).default(3),
    /** Slips the kiosk prints in any 60 minutes, so a prank cannot empty the roll. */
    perHour: z.number().int().min(1).max(300).default(30),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.kind === 'device' && !(p.devicePath && /^(\/|[A-Za-z]:\\|\\\\)/.test(p.devicePath))) {
      ctx.addIssue({
        code: 'custom',
        path: ['devicePath'],
        message: 'a device printer needs the absolute path of its device file, e.g. /dev/usb/lp0',
      })
    }
    if (p.kind === 'cups' && !(p.queue && /^[A-Za-z0-9_.-]+$/.test(p.queue))) {
      ctx.addIssue({
        code: 'custom',
        path: ['queue'],
        message: 'a CUPS printer needs its queue name (letters, digits, "-", "_", ".")',
      })
    }
    if (p.kind === 'tcp' && !(p.host && isPrivateOrLoopbackIp(p.host))) {
      ctx.addIssue({
        code: 'custom',
        path: ['host'],
        message:
          'a network printer needs an IP address on this kiosk’s own network (10.x, 172.16–31.x, 192.168.x, 169.254.x or loopback)',
      })
    }
  })
export type PrinterSettings = z.infer<typeof printerSettingsSchema>

export const defaultPrinterSettings = (): PrinterSettings => printerSettingsSchema.parse({})
