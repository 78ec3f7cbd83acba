import { describe, expect, it } from 'vitest'
import { halfway } from './endurance'
import {
  heapComposition,
  netGrowth,
  newObjects,
  parseHeapSnapshot,
  retainerPath,
} from './heapSnapshot'

/**
 * A tiny snapshot in V8's layout: root → window object → { code, string, DOM div }, plus an
 * unreachable object. Fields as Chromium writes them (node: type name id self_size edge_count
 * trace_node_id detachedness; edge: type name_or_index to_node).
 */
function snapshot(extraObject: boolean) {
  const types = [
    'hidden',
    'array',
    'string',
    'object',
    'code',
    'closure',
    'regexp',
    'number',
    'native',
    'synthetic',
  ]
  const edgeTypes = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak']
  const strings = [
    '',
    '(GC roots)',
    'Window',
    'compiled',
    'hello',
    '<div>',
    'Leak',
    'win',
    'fn',
    'text',
    'el',
    'system / Context',
  ]
  const t = (name: string) => types.indexOf(name)
  const s = (name: string) => strings.indexOf(name)
  const nodes = [
    // type, name, id, self_size, edge_count, trace, detachedness
    t('synthetic'),
    s('(GC roots)'),
    1,
    0,
    1,
    0,
    0,
    t('object'),
    s('Window'),
    3,
    100,
    3,
    0,
    0,
    t('code'),
    s('compiled'),
    5,
    1000,
    0,
    0,
    0,
    t('string'),
    s('hello'),
    7,
    50,
    0,
    0,
    0,
    t('native'),
    s('<div>'),
    9,
    70,
    0,
    0,
    2,
    t('native'),
    s('system / Context'),
    11,
    30,
    0,
    0,
    0,
  ]
  if (extraObject) nodes.push(t('object'), s('Leak'), 13, 400, 0, 0, 0)
  const nf = 7
  const edges = [
    edgeTypes.indexOf('element'),
    1,
    1 * nf,
    edgeTypes.indexOf('property'),
    s('fn'),
    2 * nf,
    edgeTypes.indexOf('property'),
    s('text'),
    3 * nf,
    edgeTypes.indexOf('property'),
    s('el'),
    4 * nf,
  ]
  return parseHeapSnapshot({
    snapshot: {
      meta: {
        node_fields: [
          'type',
          'name',
          'id',
          'self_size',
          'edge_count',
          'trace_node_id',
          'detachedness',
        ],
        node_types: [types],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [edgeTypes],
      },
    },
    nodes,
    edges,
    strings,
  })
}

describe('heap snapshots', () => {
  it('splits the V8 heap into compiled code and the rest, leaving Blink objects out', () => {
    const { codeMb, objectsMb } = heapComposition(snapshot(false))
    expect(codeMb * 2 ** 20).toBe(1000)
    // Window 100 + string 50 + V8's own system object 30; the DOM div (Blink) is not counted.
    expect(objectsMb * 2 ** 20).toBe(180)
  })

  it('finds the objects that are new and what grew', () => {
    const before = snapshot(false)
    const after = snapshot(true)
    expect(newObjects(before, after).map(([key, g]) => [key, g.count, g.bytes])).toEqual([
      ['object Leak', 1, 400],
    ])
    expect(netGrowth(before, after)[0]).toEqual({ key: 'object Leak', count: 1, bytes: 400 })
    expect(after.detached[4]).toBe(2)
  })

  it('names the path from the roots to an object, and says when there is none', () => {
    const g = snapshot(true)
    expect(retainerPath(g, 3)).toEqual(['-1→ object Window', '-text→ string hello'])
    expect(retainerPath(g, 6)).toEqual(['(unreachable)'])
  })
})

describe('endurance halfway point', () => {
  it('is the checkpoint nearest half the sessions that ran, never the last', () => {
    const at = (...n: number[]) => n.map((sessions) => ({ sessions }))
    expect(halfway(at(10, 100, 200, 300, 400, 500))?.sessions).toBe(200)
    expect(halfway(at(10, 100, 200, 253))?.sessions).toBe(100)
    expect(halfway(at(10, 1000))?.sessions).toBe(10)
    expect(halfway(at(10))).toBeUndefined()
  })
})
