import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Content } from '../../common/content/schema'
import { toWgs84 } from '../../common/domain/geo'
import { syntheticExtract } from '../../tools/basemap/syntheticExtract'
import { PLACES_CONTENT } from './tour'

/**
 * The places fixture with a street map: the made-up extract (tools/basemap, generated here, never
 * committed) written next to a copy of `content-with-places.json` that names it, plus an office
 * walking route (an L along two made-up streets) from the railway station to each place that has
 * written directions. One folder per worker process, so two workers never write the same file.
 */
export const BASEMAP_SITE = 'changchun-railway-station'

export function basemapFixture(): { contentFile: string; content: Content } {
  const dir = resolve('test-results', 'basemap-fixture', String(process.pid))
  const contentFile = join(dir, 'content.json')
  const content = JSON.parse(readFileSync(PLACES_CONTENT, 'utf8')) as Content
  const site = content.kioskSites.find((s) => s.id === BASEMAP_SITE)!
  const here = toWgs84(site.geo!)
  const anchors = [here]
  for (const location of content.locations) {
    if (!location.geo || !location.directions?.[BASEMAP_SITE]) continue
    const there = toWgs84(location.geo)
    anchors.push(there)
    location.walkRoutes = {
      [BASEMAP_SITE]: {
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
