import { lstat, readFile } from 'node:fs/promises'
import type { Content } from '../../common/content/schema'
import { toWgs84 } from '../../common/domain/geo'
import { placesCovered, readPmtilesHeader } from '../../common/map/pmtilesHeader'
import { PACKED_WALK_GRAPH_NAME, readWalkGraph } from '../../common/map/walkGraph'
import { LIMITS } from '../../common/update/manifest'
import { formatBytes } from '../../electron/services/cappedRead'
import type { PackageInput } from '../../electron/services/updates/packageBuilder'
import { deriveWalkGraph } from '../basemap/walkGraph'

/** The name the street map has inside every package (the content names it so). */
export const PACKED_BASEMAP_NAME = 'basemap.pmtiles'

export type BasemapResult =
  { ok: true; file: PackageInput; summary: string } | { ok: false; reason: string }

const round = (n: number) => Math.round(n * 1000) / 1000

/**
 * Reads and checks the office's city extract before it is signed: a regular file under the size
 * cap, a PMTiles v3 vector archive, whose bounds hold at least one kiosk site or place of this
 * content (the wrong city's map, or an empty extract, would only fill the stick). Every refusal
 * names the file and what to do.
 */
export async function readBasemap(
  path: string,
  shownAs: string,
  content: Pick<Content, 'kioskSites' | 'locations'>,
): Promise<BasemapResult> {
  const info = await lstat(path).catch(() => undefined)
  if (!info?.isFile()) return { ok: false, reason: `${shownAs} is missing or not a regular file` }
  if (info.size > LIMITS.basemapBytes)
    return {
      ok: false,
      reason: `${shownAs} is ${formatBytes(info.size)}, over the ${formatBytes(LIMITS.basemapBytes)} limit for a street map; extract a smaller area or a lower --maxzoom (docs/maps.md)`,
    }
  const bytes = await readFile(path)
  const header = readPmtilesHeader(bytes, bytes.length)
  if (!header.ok) return { ok: false, reason: `${shownAs} ${header.reason}` }
  const { bounds, minZoom, maxZoom } = header.header
  const box = `${round(bounds.west)},${round(bounds.south)},${round(bounds.east)},${round(bounds.north)}`
  const places = placesCovered(bounds, content)
  if (places.withCoordinates === 0)
    return {
      ok: false,
      reason: `the content gives no coordinates for any kiosk site or place, so the street map ${shownAs} would show nothing`,
    }
  if (places.covered === 0)
    return {
      ok: false,
      reason: `${shownAs} covers ${box} (west,south,east,north), which misses every kiosk site and place in the content: is it the right city's extract?`,
    }
  return {
    ok: true,
    file: { name: PACKED_BASEMAP_NAME, role: 'basemap', bytes },
    summary: `street map: ${formatBytes(bytes.length)}, zoom ${minZoom}–${maxZoom}, covers ${places.covered} of ${places.withCoordinates} sites and places with coordinates`,
  }
}

export type WalkGraphPacked = { file?: PackageInput; summary: string }

/**
 * The walking graph the kiosk routes over when the office drew no walk, derived from the map
 * about to be signed around the content's sites and places. A graph that cannot be made or is
 * over the size cap is left out with a line saying so — the map still works, and the kiosk
 * draws the honest straight line instead of a computed walk.
 */
export function packWalkGraph(
  basemap: Uint8Array,
  content: Pick<Content, 'kioskSites' | 'locations'>,
): WalkGraphPacked {
  const anchors = [...content.kioskSites, ...content.locations].flatMap((item) =>
    item.geo ? [toWgs84(item.geo)] : [],
  )
  const without = 'the kiosk draws straight lines where the office gave no route'
  let derived
  try {
    derived = deriveWalkGraph(basemap, anchors)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return { summary: `walking graph: not made (the street map ${why}); ${without}` }
  }
  const bytes = new TextEncoder().encode(JSON.stringify(derived.file))
  if (bytes.length > LIMITS.walkGraphBytes)
    return {
      summary: `walking graph: not packed, ${formatBytes(bytes.length)} is over the ${formatBytes(LIMITS.walkGraphBytes)} limit (extract a smaller area); ${without}`,
    }
  const check = readWalkGraph(new TextDecoder().decode(bytes), PACKED_WALK_GRAPH_NAME)
  if (!check.ok) throw new Error(`the derived walking graph is invalid: ${check.reason}`)
  return {
    file: { name: PACKED_WALK_GRAPH_NAME, role: 'walkgraph', bytes },
    summary: `walking graph: ${formatBytes(bytes.length)}, ${derived.edges} street segments from ${derived.tiles} tiles at zoom ${derived.file.zoom}`,
  }
}
