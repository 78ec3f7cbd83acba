import GeoJSONVT from 'geojson-vt'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { fromGeojsonVt } from 'vt-pbf'
import { writePmtiles, type TileInput } from './pmtilesWriter'

/**
 * A made-up street map for tests and benchmarks: a grid of invented streets (names in Chinese,
 * English and Korean, as OSM carries them in `name`, `name:en`, `name:ko`), footways, a park, a
 * canal and a few buildings around the points given, in the Protomaps basemap layer names the
 * kiosk's style draws (`earth`, `water`, `landuse`, `roads`, `buildings`). No real city's data
 * is used or committed; the file is generated when a test needs it.
 */

export interface SyntheticOptions {
  /** WGS-84 points the map must cover and pass streets through (kiosk sites, places). */
  anchors: { lng: number; lat: number }[]
  /** Margin around the anchors, metres. */
  marginMetres?: number
  minZoom?: number
  maxZoom?: number
  /** More `roads` features (e.g. a motorway a walk must not follow), WGS-84. */
  extraRoads?: Feature[]
}

const METRES_PER_DEGREE_LAT = 111_320
const STREET_SPACING_M = 220

type Props = Record<string, string | number>
const feature = (geometry: Geometry, properties: Props): Feature => ({
  type: 'Feature',
  geometry,
  properties,
})

function streetName(axis: 'ns' | 'ew', n: number): Props {
  return axis === 'ns'
    ? {
        name: `测试${n}路`,
        'name:zh': `测试${n}路`,
        'name:en': `Test Road ${n}`,
        'name:ko': `테스트 ${n}로`,
      }
    : {
        name: `样例${n}街`,
        'name:zh': `样例${n}街`,
        'name:en': `Sample Street ${n}`,
        'name:ko': `샘플 ${n}가`,
      }
}

/** Grid lines every ~220 m plus one through each anchor, so a route along them is on a street. */
function gridLines(min: number, max: number, step: number, through: number[]): number[] {
  const lines = new Set<number>(through.map((v) => Number(v.toFixed(7))))
  for (let v = min; v <= max; v += step) {
    if (through.every((t) => Math.abs(t - v) > step / 3)) lines.add(Number(v.toFixed(7)))
  }
  return [...lines].sort((a, b) => a - b)
}

/** The features of the made-up area, by layer. */
export function syntheticFeatures(options: SyntheticOptions): {
  layers: Record<string, FeatureCollection>
  bounds: { west: number; south: number; east: number; north: number }
} {
  if (options.anchors.length === 0) throw new Error('a synthetic extract needs at least one point')
  const margin = options.marginMetres ?? 800
  const lats = options.anchors.map((a) => a.lat)
  const lngs = options.anchors.map((a) => a.lng)
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2
  const dLat = margin / METRES_PER_DEGREE_LAT
  const dLng = margin / (METRES_PER_DEGREE_LAT * Math.cos((midLat * Math.PI) / 180))
  const bounds = {
    west: Math.min(...lngs) - dLng,
    east: Math.max(...lngs) + dLng,
    south: Math.min(...lats) - dLat,
    north: Math.max(...lats) + dLat,
  }
  const stepLat = STREET_SPACING_M / METRES_PER_DEGREE_LAT
  const stepLng = (stepLat * dLng) / dLat
  const ns = gridLines(bounds.west, bounds.east, stepLng, lngs)
  const ew = gridLines(bounds.south, bounds.north, stepLat, lats)
  // Every fourth street is a main road; each runs across the whole area.
  const street = (axis: 'ns' | 'ew', i: number, coordinates: [number, number][]) =>
    feature(
      { type: 'LineString', coordinates },
      { kind: i % 4 === 0 ? 'major_road' : 'minor_road', ...streetName(axis, i + 1) },
    )
  const roads: Feature[] = [
    ...ns.map((lng, i) =>
      street('ns', i, [
        [lng, bounds.south],
        [lng, bounds.north],
      ]),
    ),
    ...ew.map((lat, i) =>
      street('ew', i, [
        [bounds.west, lat],
        [bounds.east, lat],
      ]),
    ),
  ]
  // A park with crossing footways in the south-west cell block, and a canal along the north.
  const park = {
    west: bounds.west + stepLng * 0.5,
    east: bounds.west + stepLng * 2.5,
    south: bounds.south + stepLat * 0.5,
    north: bounds.south + stepLat * 2.5,
  }
  const diagonals: [number, number][][] = [
    [
      [park.west, park.south],
      [park.east, park.north],
    ],
    [
      [park.west, park.north],
      [park.east, park.south],
    ],
  ]
  roads.push(...(options.extraRoads ?? []))
  for (const coordinates of diagonals)
    roads.push(
      feature({ type: 'LineString', coordinates }, { kind: 'path', kind_detail: 'footway' }),
    )
  const box = (b: typeof bounds) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [b.west, b.south],
        [b.east, b.south],
        [b.east, b.north],
        [b.west, b.north],
        [b.west, b.south],
      ],
    ],
  })
  const canal = {
    west: bounds.west,
    east: bounds.east,
    north: bounds.north - stepLat * 0.15,
    south: bounds.north - stepLat * 0.45,
  }
  const buildings: Feature[] = options.anchors.map((a) =>
    feature(
      box({
        west: a.lng + stepLng * 0.12,
        east: a.lng + stepLng * 0.4,
        south: a.lat + stepLat * 0.12,
        north: a.lat + stepLat * 0.35,
      }),
      { kind: 'building' },
    ),
  )
  const collection = (features: Feature[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features,
  })
  return {
    bounds,
    layers: {
      earth: collection([feature(box(bounds), { kind: 'earth' })]),
      water: collection([feature(box(canal), { kind: 'water', name: '测试河' })]),
      landuse: collection([feature(box(park), { kind: 'park' })]),
      roads: collection(roads),
      buildings: collection(buildings),
    },
  }
}

function lngToX(lng: number, z: number): number {
  return Math.floor(((lng + 180) / 360) * 2 ** z)
}
function latToY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z)
}

/** The made-up area as a PMTiles v3 archive of vector tiles (a few hundred kilobytes). */
export function syntheticExtract(options: SyntheticOptions): Uint8Array {
  const minZoom = options.minZoom ?? 12
  const maxZoom = options.maxZoom ?? 15
  const { layers, bounds } = syntheticFeatures(options)
  const indexes = Object.entries(layers).map(
    ([name, fc]) =>
      [name, new GeoJSONVT(fc, { maxZoom, indexMaxZoom: maxZoom, buffer: 64 })] as const,
  )
  const tiles: TileInput[] = []
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = lngToX(bounds.west, z); x <= lngToX(bounds.east, z); x++) {
      for (let y = latToY(bounds.north, z); y <= latToY(bounds.south, z); y++) {
        const present = indexes.flatMap(([name, index]) => {
          const tile = index.getTile(z, x, y)
          return tile && tile.features.length > 0 ? [[name, tile] as const] : []
        })
        if (present.length === 0) continue
        tiles.push({ z, x, y, data: fromGeojsonVt(Object.fromEntries(present), { version: 2 }) })
      }
    }
  }
  const center = {
    lng: (bounds.west + bounds.east) / 2,
    lat: (bounds.south + bounds.north) / 2,
    zoom: Math.min(maxZoom, 15),
  }
  return writePmtiles({
    tiles,
    bounds,
    center,
    metadata: {
      name: 'relief-kiosk synthetic test extract',
      description: 'Made-up streets for tests; not a real place.',
      attribution: '© OpenStreetMap contributors',
      vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })),
    },
  })
}
