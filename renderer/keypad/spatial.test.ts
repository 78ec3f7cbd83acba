import { describe, expect, it } from 'vitest'
import { nextFocusIndex, type Box } from './spatial'

const box = (left: number, top: number, width = 100, height = 100): Box => ({
  left,
  top,
  width,
  height,
})

// A 2x2 grid of tiles, then a wide button below, in DOM order:
//   0 1
//   2 3
//   4 4
const grid = [box(0, 0), box(200, 0), box(0, 200), box(200, 200), box(0, 400, 300)]
const from = (index: number) => {
  const b = grid[index]
  if (!b) throw new Error(`no box ${index}`)
  return { box: b, index }
}

describe('nextFocusIndex', () => {
  it('moves to the neighbour in each direction', () => {
    expect(nextFocusIndex(from(0), grid, 'right')).toBe(1)
    expect(nextFocusIndex(from(0), grid, 'down')).toBe(2)
    expect(nextFocusIndex(from(3), grid, 'left')).toBe(2)
    expect(nextFocusIndex(from(3), grid, 'up')).toBe(1)
  })

  it('prefers the element straight ahead over a nearer diagonal one', () => {
    const boxes = [box(0, 0), box(150, 150), box(0, 250)]
    expect(nextFocusIndex({ box: box(0, 0), index: 0 }, boxes, 'down')).toBe(2)
  })

  it('reaches a wide element below from either column', () => {
    expect(nextFocusIndex(from(2), grid, 'down')).toBe(4)
    expect(nextFocusIndex(from(3), grid, 'down')).toBe(4)
  })

  it('does not treat an element above or below as lying to the side', () => {
    // A full-width notice with a toolbar button above-right: Right must not jump up to it.
    const boxes = [box(700, 0, 100, 80), box(0, 200, 1000, 80), box(0, 300, 1000, 80)]
    expect(nextFocusIndex({ box: box(0, 200, 1000, 80), index: 1 }, boxes, 'right')).toBe(2)
  })

  it('falls back to DOM order when nothing lies that way', () => {
    expect(nextFocusIndex(from(1), grid, 'right')).toBe(2)
    expect(nextFocusIndex(from(2), grid, 'left')).toBe(1)
  })

  it('stops at the ends of the DOM order', () => {
    expect(nextFocusIndex(from(0), grid, 'up')).toBeUndefined()
    expect(nextFocusIndex(from(4), grid, 'down')).toBeUndefined()
  })

  it('moves from a focused heading that is not itself a candidate', () => {
    const heading = { box: box(0, 150, 300, 40) }
    expect(nextFocusIndex(heading, grid, 'down')).toBe(2)
    expect(nextFocusIndex(heading, grid, 'up')).toBe(0)
  })

  it('starts at the first element when nothing is focused', () => {
    expect(nextFocusIndex(undefined, grid, 'down')).toBe(0)
    expect(nextFocusIndex(undefined, [], 'down')).toBeUndefined()
  })
})
