import { describe, expect, it } from 'vitest'
import { manifestSchema, storedFileName } from './manifest'

const file = (name: string, role = 'image') => ({ name, sha256: 'a'.repeat(64), size: 10, role })
const manifest = (files: unknown[]) => ({
  format: 'relief-kiosk-update/1',
  compatible: [1],
  contentVersion: 2,
  createdAt: '2026-11-28T10:00:00+08:00',
  files: [{ ...file('content.json', 'content'), sha256: 'b'.repeat(64) }, ...files],
})

describe('manifest schema', () => {
  it('accepts plain relative names, including spaces and Chinese', () => {
    expect(
      manifestSchema.safeParse(manifest([file('maps/railway station.svg'), file('地图/站.png')]))
        .success,
    ).toBe(true)
  })

  it.each([
    '../escape.png',
    '/abs.png',
    'maps/../x.png',
    'a\\b.png',
    'c:x.png',
    'maps//x.png',
    'x\u0007.png',
  ])('refuses the name %j', (name) => {
    expect(manifestSchema.safeParse(manifest([file(name)])).success).toBe(false)
  })

  it('refuses executable or unknown extensions for a role, a second content file and duplicates', () => {
    expect(manifestSchema.safeParse(manifest([file('run.exe')])).success).toBe(false)
    expect(manifestSchema.safeParse(manifest([file('more.json', 'content')])).success).toBe(false)
    expect(manifestSchema.safeParse(manifest([file('a.png'), file('a.png')])).success).toBe(false)
  })

  it('stores a file under its hash and lower-case extension', () => {
    expect(storedFileName({ name: 'maps/Big Map.PNG', sha256: 'c'.repeat(64) })).toBe(
      `${'c'.repeat(64)}.png`,
    )
  })
})
