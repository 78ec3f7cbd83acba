import { describe, expect, it } from 'vitest'
import { lateBound } from './lateBound'

describe('lateBound', () => {
  it('calls the connected function, and says so when called before or connected twice', () => {
    const door = lateBound<[number], number>('rollback')
    expect(() => door.call(1)).toThrow('rollback was called before it was connected')
    door.connect((n) => n + 1)
    expect(door.call(1)).toBe(2)
    expect(() => door.connect((n) => n)).toThrow('rollback is already connected')
  })
})
