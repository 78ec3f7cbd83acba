import { describe, expect, it } from 'vitest'
import { hashPin, pinHashSchema, verifyPin, type ScryptParams } from './pinHash'

/** Cheap parameters: the scheme is the same, only the cost is lower. */
const FAST: ScryptParams = { N: 1024, r: 8, p: 1, keyLength: 32 }

describe('hashPin / verifyPin', () => {
  it('stores a salted scrypt hash that contains no trace of the PIN', async () => {
    const stored = await hashPin('482915', FAST)
    expect(pinHashSchema.parse(stored)).toEqual(stored)
    expect(JSON.stringify(stored)).not.toContain('482915')
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16)
    expect(Buffer.from(stored.hash, 'base64')).toHaveLength(32)
  })

  it('uses a fresh salt each time, so equal PINs hash differently', async () => {
    const a = await hashPin('482915', FAST)
    const b = await hashPin('482915', FAST)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('accepts the right PIN and refuses others, including near misses', async () => {
    const stored = await hashPin('482915', FAST)
    await expect(verifyPin('482915', stored)).resolves.toBe(true)
    await expect(verifyPin('482916', stored)).resolves.toBe(false)
    await expect(verifyPin('4829150', stored)).resolves.toBe(false)
    await expect(verifyPin('', stored)).resolves.toBe(false)
  })

  it('verifies with the parameters stored in the record, not the current defaults', async () => {
    const stored = await hashPin('000111', { ...FAST, N: 2048 })
    expect(stored.params.N).toBe(2048)
    await expect(verifyPin('000111', stored)).resolves.toBe(true)
  })
})
