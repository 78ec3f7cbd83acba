import { describe, expect, it } from 'vitest'
import { parsePublicKey, parseSignature, serializePublicKey, serializeSignature } from './minisign'

// Produced by minisign 0.11 (`minisign -G -W`, `minisign -S -l`) for the interop record.
const PUB =
  'untrusted comment: minisign public key 820C9F101CF13D30\nRWQwPfEcEJ8MgrMAauj4YVz4HPU4ERiJoUD2YOqNviRXDwXyZB3K+tud\n'
const SIG = [
  'untrusted comment: signature from minisign secret key',
  'RWQwPfEcEJ8MgtCVemtOPuGMSKyXOYb7Taeuf73T5SLJnTLh+qoh7TDhyW03oElEor6cmDyANrq3OcL9B1taEYSWLB4De4OyNQI=',
  'trusted comment: timestamp:1795877512\tfile:m.txt',
  'Yb/Labb2Q7PO3M9i5ZhlYwbSZAZr3cBSxilcKZGTR9bdNjuQSB5fz+5r47ZRKYXcUvGPOadA2zRppxVUtgoiDQ==',
  '',
].join('\n')

describe('minisign formats', () => {
  it('reads a minisign public key, its key id as minisign prints it, and writes it back identically', () => {
    const key = parsePublicKey(PUB)
    if (!key.ok) throw new Error(key.error)
    expect(key.value.keyIdHex).toBe('820C9F101CF13D30')
    expect(serializePublicKey(key.value.keyId, key.value.publicKey)).toBe(PUB)
    expect(parsePublicKey(PUB.split('\n')[1]!)).toMatchObject({ ok: true })
  })

  it('reads a legacy signature and writes it back byte for byte', () => {
    const sig = parseSignature(SIG)
    if (!sig.ok) throw new Error(sig.error)
    expect(sig.value).toMatchObject({
      algorithm: 'Ed',
      keyIdHex: '820C9F101CF13D30',
      trustedComment: 'timestamp:1795877512\tfile:m.txt',
    })
    expect(serializeSignature(sig.value)).toBe(SIG)
    expect(parseSignature(SIG.replace(/\n/g, '\r\n'))).toMatchObject({ ok: true })
  })

  it.each([
    ['three lines', SIG.split('\n').slice(0, 3).join('\n'), 'a signature file has exactly 4 lines'],
    ['a broken signature line', SIG.replace('RWQw', 'RWQ!'), 'line 2 is not a minisign signature'],
    [
      'no trusted comment prefix',
      SIG.replace('\ntrusted comment: ', '\ncomment: '),
      'line 3 is not a trusted comment',
    ],
    [
      'a short global signature',
      SIG.replace('Yb/L', ''),
      'line 4 is not a minisign global signature',
    ],
  ])('refuses %s', (_label, text, error) => {
    expect(parseSignature(text)).toEqual({ ok: false, error })
  })

  it('refuses comments that would break the line format', () => {
    const sig = parseSignature(SIG)
    if (!sig.ok) throw new Error(sig.error)
    expect(() => serializeSignature({ ...sig.value, trustedComment: 'a\nb' })).toThrow(
      'single lines',
    )
  })
})
