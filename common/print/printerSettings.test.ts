import { describe, expect, it } from 'vitest'
import { settingsSchema, storedSettingsSchema } from '../settings/schema'
import { isPrivateOrLoopbackIp } from './printerAddress'
import {
  fieldsOfKind,
  migrateStoredPrinter,
  PRINTER_KINDS,
  printerKey,
  printerKindSchema,
  printerSettingsSchema,
  type PrinterSettings,
} from './printerSettings'
import { slipBitmapSchema } from './slipBitmap'

describe('printer settings', () => {
  it('defaults to no printer, 80 mm paper, 3 per session and 30 per hour', () => {
    expect(printerSettingsSchema.parse({})).toMatchObject({
      kind: 'none',
      paperWidth: 80,
      perSession: 3,
      perHour: 30,
    })
    expect(printerSettingsSchema.parse({ kind: 'tcp', host: '10.0.0.9' })).toMatchObject({
      port: 9100,
    })
  })

  it('names the missing field of each kind', () => {
    const fieldOf = (value: unknown) =>
      printerSettingsSchema.safeParse(value).error?.issues.map((i) => i.path.join('.'))
    expect(fieldOf({ kind: 'device' })).toEqual(['devicePath'])
    expect(fieldOf({ kind: 'device', devicePath: 'lp0' })).toEqual(['devicePath'])
    expect(fieldOf({ kind: 'cups', queue: 'a queue; rm -rf' })).toEqual(['queue'])
    expect(fieldOf({ kind: 'tcp', host: '8.8.8.8' })).toEqual(['host'])
    expect(fieldOf({ kind: 'tcp', host: 'printer.example.com' })).toEqual(['host'])
    expect(fieldOf({ kind: 'tcp', host: '192.168.1.50' })).toBeUndefined()
    expect(fieldOf({ kind: 'none', devicePath: 'stale' })).toBeUndefined()
    expect(fieldOf({ paperWidth: 57 })).toEqual(['paperWidth'])
    // A field of another kind is dropped (left by a merge patch); a field no kind has is named.
    expect(
      printerSettingsSchema.parse({ kind: 'cups', queue: 'q', port: 9100 }),
    ).not.toHaveProperty('port')
    expect(fieldOf({ kind: 'cups', queue: 'q', hots: '10.0.0.1' })).toEqual([''])
  })

  it('keys a probe on every field of the kind and on nothing else', () => {
    const samples: Record<string, Record<string, unknown>> = {
      none: {},
      device: { devicePath: '/dev/usb/lp0' },
      cups: { queue: 'receipt' },
      tcp: { host: '192.168.1.50', port: 9100 },
      os: { osPrinterName: 'TM-T20' },
    }
    for (const kind of printerKindSchema.options) {
      const base = printerSettingsSchema.parse({ kind, ...samples[kind] })
      // The paper and the limits do not change which printer is asked.
      expect(printerKey({ ...base, paperWidth: 58, perHour: 5 })).toBe(printerKey(base))
      // Every field of the kind does: changing any one gives another key.
      for (const field of fieldsOfKind(kind)) {
        const changed = { ...base, [field]: field === 'port' ? 9101 : 'other' } as PrinterSettings
        expect(printerKey(changed), `${kind}.${field}`).not.toBe(printerKey(base))
      }
    }
    expect(Object.keys(samples).sort()).toEqual(Object.keys(PRINTER_KINDS).sort())
  })

  it('accepts only loopback and private addresses for a network printer', () => {
    for (const ok of ['127.0.0.1', '10.1.2.3', '172.16.0.9', '172.31.255.1', '192.168.0.20'])
      expect(isPrivateOrLoopbackIp(ok), ok).toBe(true)
    for (const ok of ['::1', 'fd12:3456::1', 'fe80::1'])
      expect(isPrivateOrLoopbackIp(ok), ok).toBe(true)
    for (const bad of [
      '172.32.0.1',
      '11.0.0.1',
      '192.169.1.1',
      '256.1.1.1',
      '2001:db8::1',
      '',
      'localhost',
    ])
      expect(isPrivateOrLoopbackIp(bad), bad).toBe(false)
  })
})

describe('printer settings stored by an earlier version', () => {
  // What 0.x wrote: every field of every kind in one object, `port` always present.
  const legacy = (printer: Record<string, unknown>) => ({
    displayName: 'Station hall',
    printer: { port: 9100, paperWidth: 58, perSession: 2, perHour: 20, ...printer },
  })

  it('load as they were, minus the fields of other kinds', () => {
    const stored = storedSettingsSchema.parse(
      legacy({ kind: 'device', devicePath: '/dev/usb/lp0', host: '192.168.1.9', queue: 'old' }),
    )
    expect(stored.printer).toEqual({
      kind: 'device',
      devicePath: '/dev/usb/lp0',
      paperWidth: 58,
      perSession: 2,
      perHour: 20,
    })
    expect(stored.displayName).toBe('Station hall')
    const tcp = storedSettingsSchema.parse(legacy({ kind: 'tcp', host: '192.168.1.9' }))
    expect(tcp.printer).toEqual({ ...tcp.printer, kind: 'tcp', host: '192.168.1.9', port: 9100 })
    expect(storedSettingsSchema.parse(legacy({ kind: 'none', devicePath: 'x' })).printer).toEqual({
      kind: 'none',
      paperWidth: 58,
      perSession: 2,
      perHour: 20,
    })
  })

  it('keep every other setting when the printer is one this version refuses to write to', () => {
    for (const printer of [
      { kind: 'device', devicePath: '/var/lib/kiosk/admin/pin.json' },
      { kind: 'device', devicePath: '/dev/receipt-printer' },
      { kind: 'tcp', host: '010.8.8.8' },
    ]) {
      // The plain schema refuses them (the settings file would fall back to defaults) …
      expect(settingsSchema.safeParse(legacy(printer)).success).toBe(false)
      // … the stored one brings them up to date: no printer, same paper and limits.
      const stored = storedSettingsSchema.parse(legacy(printer))
      expect(stored.displayName).toBe('Station hall')
      expect(stored.printer).toEqual({ kind: 'none', paperWidth: 58, perSession: 2, perHour: 20 })
    }
    // Broken beyond the printer address, nothing is guessed: the schema still refuses it.
    expect(migrateStoredPrinter({ kind: 'tcp', host: 'x', paperWidth: 57 })).toEqual({
      kind: 'tcp',
      host: 'x',
      paperWidth: 57,
    })
  })
})

describe('slip bitmap', () => {
  it('refuses bits that do not fill width × height exactly', () => {
    const bits = Buffer.alloc(48 * 2).toString('base64')
    expect(slipBitmapSchema.safeParse({ width: 384, height: 2, bits }).success).toBe(true)
    const wrong = slipBitmapSchema.safeParse({ width: 384, height: 3, bits })
    expect(wrong.error?.issues[0]?.message).toMatch(/expected 144 bytes .* got 96/)
    expect(slipBitmapSchema.safeParse({ width: 380, height: 2, bits }).success).toBe(false)
    expect(slipBitmapSchema.safeParse({ width: 384, height: 5000, bits }).success).toBe(false)
  })
})
