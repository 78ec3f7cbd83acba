import { beforeEach, describe, expect, it, vi } from 'vitest'
import { encodeWalkGraph } from '../../../common/map/walkGraph'
import { loadWalkGraph } from './useWalkGraph'

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

beforeEach(() => {
  reads.text.mockReset()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

describe('loadWalkGraph', () => {
  it('loads the graph from content-files once per content version', async () => {
    reads.text.mockResolvedValue(good)
    const graph = await loadWalkGraph('walkgraph.json', 7)
    expect(graph?.from.length).toBe(1)
    expect(reads.text).toHaveBeenCalledWith('content-files/walkgraph.json?v=7')
    expect(await loadWalkGraph('walkgraph.json', 7)).toBe(graph)
    expect(reads.text).toHaveBeenCalledTimes(1)
  })

  it('refuses a corrupt graph, naming the file and the fault, and gives none', async () => {
    reads.text.mockResolvedValue(good.replace('"edges":[0,1,', '"edges":[0,9,'))
    expect(await loadWalkGraph('walkgraph.json', 8)).toBeUndefined()
    expect(console.warn).toHaveBeenCalledWith(
      'walking graph refused: walkgraph.json: edge 0 joins node 9, which does not exist; walks are drawn as straight lines',
    )
  })

  it('gives none, saying why, when the host does not answer with the file', async () => {
    reads.text.mockRejectedValue(new Error('the kiosk answered 404'))
    expect(await loadWalkGraph('walkgraph.json', 9)).toBeUndefined()
    expect(console.warn).toHaveBeenCalledWith(
      'walking graph walkgraph.json not loaded: the kiosk answered 404; walks are drawn as straight lines',
    )
  })
})
