import { describe, expect, it } from 'vitest'
import { isPrivateOrLoopbackIp } from './printerAddress'
import { printerSettingsSchema } from './printerSettings'
import { slipBitmapSchema } from './slipBitmap'

describe('printer settings', () => {
  it('defaults to no printer, 80 mm paper, 3 per session and 30 per hour', () => {
    expect(printerSettingsSchema.parse({})).toMatchObject({
      kind: 'none',
      paperWidth: 80,
      perSession: 3,
      perHour: 30,
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
