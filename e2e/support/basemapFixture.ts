import { resolve } from 'node:path'
import type { Content } from '../../common/content/schema'
import { writePlacesWithBasemap } from '../../tools/basemap/placesWithBasemap'
import { PLACES_CONTENT } from './tour'

/** The kiosk site the fixture's office routes start from (the places fixture's default). */
export const BASEMAP_SITE = 'changchun-railway-station'
/** A place on the map with no office route from the site: the kiosk computes the walk. */
export const COMPUTED_WALK_PLACE = 'street-office'

/**
 * The places fixture with a made-up street map, its walking graph and office routes (generated,
 * never committed; one place walked by the kiosk's own route),
 * one folder per worker process so two workers never write the same file.
 */
export function basemapFixture(): { contentFile: string; content: Content } {
  const dir = resolve('test-results', 'basemap-fixture', String(process.pid))
  return writePlacesWithBasemap(PLACES_CONTENT, dir, BASEMAP_SITE, [COMPUTED_WALK_PLACE])
}
