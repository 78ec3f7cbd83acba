import { useEffect, useState } from 'react'
import { readWalkGraph, type WalkGraph } from '../../../common/map/walkGraph'
import { readContentFileText } from '../../api/contentFileText'
import { useKiosk } from '../../state/useKiosk'
import { mapImageSource } from './mapImageSource'

/**
 * The walking graph packed beside the street map, loaded the first time a place page needs it
 * and kept for the content version on screen (one graph in memory: a new version drops the old).
 * Checked with the same code the packer and the package check use; a graph that cannot be read
 * is logged once, naming the file and what is wrong, and the walks fall back to the office's
 * route or the straight line. Never throws.
 */

export type WalkGraphState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; graph: WalkGraph }
  | { state: 'failed' }

let cached: { key: string; load: Promise<WalkGraph | undefined> } | undefined

async function fetchGraph(url: string, file: string): Promise<WalkGraph | undefined> {
  try {
    const read = readWalkGraph(await readContentFileText(url), file)
    if (read.ok) return read.graph
    console.warn(`walking graph refused: ${read.reason}; walks are drawn as straight lines`)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    console.warn(`walking graph ${file} not loaded: ${why}; walks are drawn as straight lines`)
  }
  return undefined
}

/** Starts (or reuses) the load of `file` for this content version. */
export function loadWalkGraph(file: string, version: number): Promise<WalkGraph | undefined> {
  const key = `${version}:${file}`
  if (cached?.key === key) return cached.load
  const src = mapImageSource(file)
  const load = src ? fetchGraph(`${src}?v=${version}`, file) : Promise.resolve(undefined)
  cached = { key, load }
  return load
}

/** The content's walking graph, or why there is none yet. */
export function useWalkGraph(): WalkGraphState {
  const { content } = useKiosk()
  const file = content.basemap?.walkGraph
  const version = content.dataset.contentVersion
  const [loaded, setLoaded] = useState<{ key: string; graph?: WalkGraph }>()
  const key = `${version}:${file}`
  useEffect(() => {
    if (!file) return
    let live = true
    void loadWalkGraph(file, version).then((graph) => {
      if (live) setLoaded({ key, ...(graph ? { graph } : {}) })
    })
    return () => {
      live = false
    }
  }, [file, version, key])
  if (!file) return { state: 'none' }
  if (loaded?.key !== key) return { state: 'loading' }
  return loaded.graph ? { state: 'ready', graph: loaded.graph } : { state: 'failed' }
}
