import { useEffect, useState } from 'react'
import { readWalkGraph, type WalkGraph } from '../../../common/map/walkGraph'
import { readContentFileText } from '../../api/contentFileText'
import { useKiosk } from '../../state/useKiosk'
import { mapImageSource } from './mapImageSource'
import { reportMapProblem, type ReportProblem } from './mapProblems'

/**
 * The walking graph packed beside the street map, loaded the first time a place page needs it
 * and kept for the content version on screen (one graph in memory: a new version drops the old).
 * Checked with the same code the packer and the package check use; a graph that cannot be read
 * goes to the host's error log once per page (`map-walkgraph`, naming the file and what is
 * wrong), and the walks fall back to the office's route or the straight line. Never throws.
 */

export type WalkGraphState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; graph: WalkGraph }
  | { state: 'failed' }

let cached: { key: string; load: Promise<WalkGraph | undefined> } | undefined

async function fetchGraph(
  url: string,
  file: string,
  report: ReportProblem,
): Promise<WalkGraph | undefined> {
  let why: string
  try {
    const read = readWalkGraph(await readContentFileText(url), file)
    if (read.ok) return read.graph
    why = `walking graph refused: ${read.reason}`
  } catch (error) {
    why = `walking graph ${file} not loaded: ${error instanceof Error ? error.message : String(error)}`
  }
  reportMapProblem(report, 'map-walkgraph', why)
  return undefined
}

/** Starts (or reuses) the load of `file` for this content version. */
export function loadWalkGraph(
  file: string,
  version: number,
  report: ReportProblem,
): Promise<WalkGraph | undefined> {
  const key = `${version}:${file}`
  if (cached?.key === key) return cached.load
  const src = mapImageSource(file)
  const load = src ? fetchGraph(`${src}?v=${version}`, file, report) : Promise.resolve(undefined)
  cached = { key, load }
  return load
}

/** The content's walking graph, or why there is none yet. */
export function useWalkGraph(): WalkGraphState {
  const { content, reportProblem } = useKiosk()
  const file = content.basemap?.walkGraph
  const version = content.dataset.contentVersion
  const [loaded, setLoaded] = useState<{ key: string; graph?: WalkGraph }>()
  const key = `${version}:${file}`
  useEffect(() => {
    if (!file) return
    let live = true
    void loadWalkGraph(file, version, reportProblem).then((graph) => {
      if (live) setLoaded({ key, ...(graph ? { graph } : {}) })
    })
    return () => {
      live = false
    }
  }, [file, version, key, reportProblem])
  if (!file) return { state: 'none' }
  if (loaded?.key !== key) return { state: 'loading' }
  return loaded.graph ? { state: 'ready', graph: loaded.graph } : { state: 'failed' }
}
