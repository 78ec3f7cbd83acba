import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Content } from '../../common/content/schema'
import { toWgs84 } from '../../common/domain/geo'
import { PACKED_WALK_GRAPH_NAME } from '../../common/map/walkGraph'
import { syntheticExtract } from './syntheticExtract'
import { deriveWalkGraph } from './walkGraph'

/**
 * A content file with a street map, for e2e tests and the bench: a copy of `baseFile` that names
 * a made-up extract written next to it and the walking graph derived from it (as `pack` would),
 * plus an office walking route (an L along two made-up streets) from `siteId` to each place that
 * has written directions from it. The `computed` places are covered by the map too but get no
 * office route, so the kiosk works one out over the graph.
 */
export function writePlacesWithBasemap(
  baseFile: string,
  dir: string,
  siteId: string,
  computed: string[] = [],
): { contentFile: string; content: Content } {
  const contentFile = join(dir, 'content.json')
  const content = JSON.parse(readFileSync(baseFile, 'utf8')) as Content
  const site = content.kioskSites.find((s) => s.id === siteId)
  if (!site?.geo) throw new Error(`${baseFile}: kiosk site ${siteId} has no coordinates`)
  const here = toWgs84(site.geo)
  const anchors = [here]
  for (const location of content.locations) {
    if (location.geo && computed.includes(location.id)) anchors.push(toWgs84(location.geo))
    if (!location.geo || !location.directions?.[siteId]) continue
    const there = toWgs84(location.geo)
    anchors.push(there)
    location.walkRoutes = {
      [siteId]: {
        type: 'LineString',
        coordinates: [
          [here.lng, here.lat],
          [there.lng, here.lat],
          [there.lng, there.lat],
        ],
      },
    }
  }
  content.basemap = { file: 'basemap.pmtiles', walkGraph: PACKED_WALK_GRAPH_NAME }
  mkdirSync(dir, { recursive: true })
  const extract = syntheticExtract({ anchors })
  writeFileSync(join(dir, 'basemap.pmtiles'), extract)
  const graph = deriveWalkGraph(extract, anchors).file
  writeFileSync(join(dir, PACKED_WALK_GRAPH_NAME), JSON.stringify(graph))
  writeFileSync(contentFile, `${JSON.stringify(content, null, 2)}\n`)
  return { contentFile, content }
}
