import { describe, expect, it } from 'vitest'
import { onceFor } from './onceFor'

describe('onceFor', () => {
  it('builds a value once per key and hands the same one out after', () => {
    const store = new WeakMap<object, { built: number }>()
    const a = {}
    const b = {}
    let builds = 0
    const make = () => ({ built: ++builds })
    const first = onceFor(store, a, make)
    expect(onceFor(store, a, make)).toBe(first)
    expect(onceFor(store, b, make)).not.toBe(first)
    expect(builds).toBe(2)
  })
})
