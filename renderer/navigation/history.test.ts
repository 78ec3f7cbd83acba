import { describe, expect, it } from 'vitest'
import { current, pop, push } from './history'
import { HOME } from './routes'

describe('navigation history', () => {
  it('goes back through the trail and never empties', () => {
    let h = push([HOME], { name: 'category', categoryId: 'shelter' })
    h = push(h, { name: 'service', serviceId: 'rescue' })
    expect(current(h)).toEqual({ name: 'service', serviceId: 'rescue' })
    h = pop(h)
    expect(current(h)).toEqual({ name: 'category', categoryId: 'shelter' })
    h = pop(pop(h))
    expect(h).toEqual([HOME])
  })

  it('drops the trail when going home or to the attract screen', () => {
    const deep = push([HOME], { name: 'hotlines' })
    expect(push(deep, HOME)).toEqual([HOME])
    expect(push(deep, { name: 'attract' })).toEqual([{ name: 'attract' }])
  })

  it('does not stack the same screen twice (a double tap)', () => {
    const once = push([HOME], { name: 'hotline', phoneId: 'police' })
    expect(push(once, { name: 'hotline', phoneId: 'police' })).toBe(once)
    expect(push(once, { name: 'hotline', phoneId: 'ambulance' })).toHaveLength(3)
  })
})
