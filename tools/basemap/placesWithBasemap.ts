import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Content } from '../../common/content/schema'
import { toWgs84 } from '../../common/domain/geo'
import { syntheticExtract } from './syntheticExtract'

/**
 * A content file with a street map, for e2e tests and the bench: a copy of `baseFile` that names
 * a made-up extract written next to it, plus an office walking route (an L along two made-up
 * streets) from `siteId` to each place that has written directions from it.
 */
export function writePlacesWithBasemap(
  baseFile: string,
  dir: string,
  siteId: string,
): { contentFile: string; content: Content } {
  const contentFile = join(dir, 'content.json')
  const content = JSON.parse(readFileSync(baseFile, 'utf8')) as Content
  const site = content.kioskSites.find((s) => s.id === siteId)
  if (!site?.geo) throw new Error(`${baseFile}: kiosk site ${siteId} has no coordinates`)
  const here = toWgs84(site.geo)
  const anchors = [here]
  for (const location of content.locations) {
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
  content.basemap = { file: 'basemap.pmtiles' }
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'basemap.pmtiles'), syntheticExtract({ anchors }))
  writeFileSync(contentFile, `${JSON.stringify(content, null, 2)}\n`)
  return { contentFile, content }
}
