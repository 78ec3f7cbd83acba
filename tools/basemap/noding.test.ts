import { describe, expect, it } from 'vitest'
import { nodeSegments } from './noding'

const seg = (ax: number, ay: number, bx: number, by: number, layered = false) => ({
  ax,
  ay,
  bx,
  by,
  layered,
})

describe('nodeSegments', () => {
  it('cuts two crossing streets at the crossing, both pieces meeting in one point', () => {
    const pieces = nodeSegments([seg(0, 50, 100, 50), seg(50, 0, 50, 100)])
    expect(pieces).toHaveLength(4)
    expect(pieces.filter((p) => p[2] === 50 && p[3] === 50)).toHaveLength(2)
  })

  it('cuts a street where another ends on it (a T-junction, within half a metre)', () => {
    const pieces = nodeSegments([seg(0, 50, 100, 50), seg(30, 51, 30, 100)])
    expect(pieces).toHaveLength(3)
    expect(pieces).toContainEqual([0, 50, 30, 51, 0])
  })

  it('lets a bridge pass over a street without a junction', () => {
    expect(nodeSegments([seg(0, 50, 100, 50, true), seg(50, 0, 50, 100)])).toHaveLength(2)
  })
})
