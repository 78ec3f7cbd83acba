import type { CDPSession } from 'playwright'

/** One V8 heap snapshot, flattened to what a diff needs. */
export interface HeapGraph {
  /** Per node: stable object id (the same object keeps its id across snapshots of one page). */
  ids: Uint32Array
  names: string[]
  types: string[]
  selfSizes: Float64Array
  /** Per node: 0 unknown, 1 attached DOM, 2 detached DOM (V8's detachedness field). */
  detached: Uint8Array
  /** Per node: index of its first edge in `edgeTo` / `edgeName`. */
  firstEdge: Uint32Array
  edgeTo: Uint32Array
  edgeName: string[]
  edgeType: string[]
}

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[]
      node_types: [string[], ...unknown[]]
      edge_fields: string[]
      edge_types: [string[], ...unknown[]]
    }
  }
  nodes: number[]
  edges: number[]
  strings: string[]
}

/** Takes a heap snapshot over CDP (after the caller's GC) and parses it. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapGraph> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  return parseHeapSnapshot(JSON.parse(chunks.join('')) as RawSnapshot)
}

/** Flattens the snapshot's node and edge arrays (layout from its own `meta`). */
export function parseHeapSnapshot(raw: RawSnapshot): HeapGraph {
  const { meta } = raw.snapshot
  const nf = meta.node_fields.length
  const ef = meta.edge_fields.length
  const at = (fields: string[], name: string) => fields.indexOf(name)
  const nType = at(meta.node_fields, 'type')
  const nName = at(meta.node_fields, 'name')
  const nId = at(meta.node_fields, 'id')
  const nSize = at(meta.node_fields, 'self_size')
  const nEdges = at(meta.node_fields, 'edge_count')
  const nDetached = at(meta.node_fields, 'detachedness')
  const eType = at(meta.edge_fields, 'type')
  const eName = at(meta.edge_fields, 'name_or_index')
  const eTo = at(meta.edge_fields, 'to_node')
  const count = raw.nodes.length / nf
  const g: HeapGraph = {
    ids: new Uint32Array(count),
    names: new Array<string>(count),
    types: new Array<string>(count),
    selfSizes: new Float64Array(count),
    detached: new Uint8Array(count),
    firstEdge: new Uint32Array(count + 1),
    edgeTo: new Uint32Array(raw.edges.length / ef),
    edgeName: new Array<string>(raw.edges.length / ef),
    edgeType: new Array<string>(raw.edges.length / ef),
  }
  let edge = 0
  for (let i = 0; i < count; i++) {
    const base = i * nf
    const type = meta.node_types[0][raw.nodes[base + nType]!] ?? '?'
    g.types[i] = type
    g.names[i] = raw.strings[raw.nodes[base + nName]!] ?? '?'
    g.ids[i] = raw.nodes[base + nId]!
    g.selfSizes[i] = raw.nodes[base + nSize]!
    g.detached[i] = nDetached < 0 ? 0 : raw.nodes[base + nDetached]!
    g.firstEdge[i] = edge
    edge += raw.nodes[base + nEdges]!
  }
  g.firstEdge[count] = edge
  for (let e = 0; e < g.edgeTo.length; e++) {
    const base = e * ef
    const type = meta.edge_types[0][raw.edges[base + eType]!] ?? '?'
    g.edgeType[e] = type
    const n = raw.edges[base + eName]!
    g.edgeName[e] = type === 'element' || type === 'hidden' ? String(n) : (raw.strings[n] ?? '?')
    g.edgeTo[e] = raw.edges[base + eTo]! / nf
  }
  return g
}

/** Class of a node for grouping: its type, and its constructor or name for objects. */
const groupOf = (g: HeapGraph, i: number) =>
  g.types[i] === 'code'
    ? `(code) ${g.names[i]!.replace(/ @\d+$/, '').slice(0, 40)}`
    : g.types[i] === 'object' || g.types[i] === 'native' || g.types[i] === 'closure'
      ? `${g.types[i]} ${g.names[i]}`
      : g.types[i] === 'string' || g.types[i] === 'concatenated string'
        ? 'string'
        : `(${g.types[i]})`

/** Objects alive in `after` that did not exist in `before`, grouped, largest first. */
export function newObjects(before: HeapGraph, after: HeapGraph) {
  const old = new Set(before.ids)
  const groups = new Map<string, { count: number; bytes: number; sample: number[] }>()
  for (let i = 0; i < after.ids.length; i++) {
    if (old.has(after.ids[i]!)) continue
    const key = groupOf(after, i)
    const group = groups.get(key) ?? { count: 0, bytes: 0, sample: [] }
    group.count++
    group.bytes += after.selfSizes[i]!
    if (group.sample.length < 5) group.sample.push(i)
    groups.set(key, group)
  }
  return [...groups].sort((a, b) => b[1].bytes - a[1].bytes)
}

/**
 * One retaining path from a GC root to node `target`, found by breadth-first search from the
 * snapshot's root over strong edges; each step as `edge → node`.
 */
export function retainerPath(g: HeapGraph, target: number, maxSteps = 14): string[] {
  const n = g.ids.length
  const from = new Int32Array(n).fill(-1)
  const via = new Int32Array(n).fill(-1)
  from[0] = 0
  const queue = [0]
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!
    if (node === target) break
    for (let e = g.firstEdge[node]!; e < g.firstEdge[node + 1]!; e++) {
      if (g.edgeType[e] === 'weak' || g.edgeType[e] === 'shortcut') continue
      // The driver's own handles (Playwright's ElementHandles) are not the app's retainers.
      if (g.edgeName[e]!.includes('DevTools console')) continue
      const to = g.edgeTo[e]!
      if (from[to] !== -1) continue
      from[to] = node
      via[to] = e
      queue.push(to)
    }
  }
  if (from[target] === -1) return ['(unreachable)']
  const path: string[] = []
  for (let node = target; node !== 0 && path.length < maxSteps * 4; node = from[node]!) {
    const e = via[node]!
    path.push(`-${g.edgeName[e]}→ ${g.types[node]} ${g.names[node]!.slice(0, 60)}`)
  }
  return path.reverse()
}

/** Bytes and count per group in `after` minus those in `before` (net growth), largest first. */
export function netGrowth(before: HeapGraph, after: HeapGraph) {
  const totals = (g: HeapGraph) => {
    const map = new Map<string, { count: number; bytes: number }>()
    for (let i = 0; i < g.ids.length; i++) {
      const key = groupOf(g, i)
      const t = map.get(key) ?? { count: 0, bytes: 0 }
      t.count++
      t.bytes += g.selfSizes[i]!
      map.set(key, t)
    }
    return map
  }
  const a = totals(before)
  const b = totals(after)
  const keys = new Set([...a.keys(), ...b.keys()])
  return [...keys]
    .map((key) => ({
      key,
      count: (b.get(key)?.count ?? 0) - (a.get(key)?.count ?? 0),
      bytes: (b.get(key)?.bytes ?? 0) - (a.get(key)?.bytes ?? 0),
    }))
    .sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes))
}

/**
 * What a snapshot's V8 heap holds, in MB: compiled code (bytecode, optimised machine code and
 * their metadata: V8's `code` nodes) apart from everything else the page's JavaScript can reach
 * (objects, strings, arrays, closures, V8's own `system / …` objects). Blink's C++ objects
 * (DOM, style, the DevTools agents the driver attaches) are not in the V8 heap and not counted.
 */
export function heapComposition(g: HeapGraph): { codeMb: number; objectsMb: number } {
  let code = 0
  let objects = 0
  for (let i = 0; i < g.ids.length; i++) {
    const type = g.types[i]
    if (type === 'code') code += g.selfSizes[i]!
    else if (type === 'synthetic') continue
    else if (type !== 'native' || g.names[i]!.startsWith('system / ')) objects += g.selfSizes[i]!
  }
  return { codeMb: code / 2 ** 20, objectsMb: objects / 2 ** 20 }
}
