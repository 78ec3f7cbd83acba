import { beforeEach, describe, expect, it, vi } from 'vitest'
import { encodeWalkGraph } from '../../../common/map/walkGraph'
import type * as UseWalkGraph from './useWalkGraph'

const reads = vi.hoisted(() => ({ text: vi.fn<(url: string) => Promise<string>>() }))
vi.mock('../../api/contentFileText', () => ({ readContentFileText: reads.text }))

const good = JSON.stringify(
  encodeWalkGraph({
    zoom: 15,
    bounds: [125, 43, 126, 44],
    coords: [
      [125.3, 43.9],
      [125.301, 43.9],
    ],
    edges: [{ from: 0, to: 1, metres: 80, name: 0 }],
    names: [],
  }),
)

// A fresh module per test: the page reports each kind of map problem once per page load.
let loadWalkGraph: typeof UseWalkGraph.loadWalkGraph
const report = vi.fn<(problem: unknown) => Promise<void>>()
beforeEach(async () => {
  vi.resetModules()
  ;({ loadWalkGraph } = await import('./useWalkGraph'))
  reads.text.mockReset()
  report.mockReset().mockResolvedValue(undefined)
})

describe('loadWalkGraph', () => {
  it('loads the graph from content-files once per content version', async () => {
    reads.text.mockResolvedValue(good)
    const graph = await loadWalkGraph('walkgraph.json', 7, report)
    expect(graph?.from.length).toBe(1)
    expect(reads.text).toHaveBeenCalledWith('content-files/walkgraph.json?v=7')
    expect(await loadWalkGraph('walkgraph.json', 7, report)).toBe(graph)
    expect(reads.text).toHaveBeenCalledTimes(1)
    expect(report).not.toHaveBeenCalled()
  })

  it('refuses a corrupt graph, telling the error log once which file and fault, and gives none', async () => {
    reads.text.mockResolvedValue(good.replace('"edges":[0,1,', '"edges":[0,9,'))
    expect(await loadWalkGraph('walkgraph.json', 8, report)).toBeUndefined()
    expect(await loadWalkGraph('walkgraph.json', 80, report)).toBeUndefined()
    expect(report.mock.calls).toEqual([
      [
        {
          kind: 'map-walkgraph',
          detail:
            'walking graph refused: walkgraph.json: edge 0 joins node 9, which does not exist',
        },
      ],
    ])
  })

  it('gives none, saying why, when the host does not answer with the file', async () => {
    reads.text.mockRejectedValue(new Error('the kiosk answered 404'))
    expect(await loadWalkGraph('walkgraph.json', 9, report)).toBeUndefined()
    expect(report).toHaveBeenCalledWith({
      kind: 'map-walkgraph',
      detail: 'walking graph walkgraph.json not loaded: the kiosk answered 404',
    })
  })
})
