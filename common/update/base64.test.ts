import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from './base64'

describe('base64', () => {
  it('matches Node for every length 0..40 and round-trips', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff)
      const text = encodeBase64(bytes)
      expect(text).toBe(btoa(String.fromCharCode(...bytes)))
      expect(decodeBase64(text)).toEqual(bytes)
    }
  })

  it('refuses non-canonical or damaged text', () => {
    expect(decodeBase64('abc')).toBeUndefined()
    expect(decodeBase64('ab!d')).toBeUndefined()
    expect(decodeBase64('ab d')).toBeUndefined()
    expect(decodeBase64('QR==')).toBeUndefined()
    expect(decodeBase64('QQ==')).toEqual(Uint8Array.of(0x41))
  })
})
