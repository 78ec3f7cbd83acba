import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl'
import type { Walk } from '../../../common/domain/walk'

/**
 * The kiosk's street-map style: calm and high-contrast (white streets with dark casings on a pale
 * ground, dark labels with white halos), north up, for the layers of a Protomaps basemap extract
 * (`earth`, `water`, `landuse`, `roads`, `buildings`). Written here rather than taken from
 * `@protomaps/basemaps`: that style's POI and place layers need a sprite sheet and glyph PBFs
 * from a server, and it would be eight times longer than the few layers a walk needs.
 *
 * No `glyphs` URL: MapLibre then draws every label with the page's own bundled fonts (Noto Sans
 * SC/KR, `@fontsource`), so nothing is fetched for text.
 */

export type MapLanguage = 'zh-Hans' | 'en' | 'ko'

/** Colours the e2e pixel checks look for: keep them distinct from everything else on the map. */
export const WALK_COLOURS = { line: '#0b57d0', here: '#0b5cad', there: '#c0262d' } as const

const FONTS: Record<MapLanguage, string[]> = {
  'zh-Hans': ['Noto Sans SC', 'Noto Sans CJK SC', 'sans-serif'],
  en: ['Noto Sans SC', 'Noto Sans CJK SC', 'sans-serif'],
  ko: ['Noto Sans KR', 'Noto Sans CJK KR', 'sans-serif'],
}

/** The street's name in the visitor's language where the data has it, else its local (Chinese) name. */
export function nameExpression(lang: MapLanguage): ExpressionSpecification {
  const wanted: ExpressionSpecification[] =
    lang === 'zh-Hans'
      ? [
          ['get', 'name:zh-Hans'],
          ['get', 'name:zh'],
        ]
      : [['get', `name:${lang}`]]
  return ['coalesce', ...wanted, ['get', 'name']]
}

const roadWidth = (base: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.6],
  ['zoom'],
  12,
  base * 0.4,
  15,
  base,
  18,
  base * 4,
]

function roadLayers(): LayerSpecification[] {
  const kindIn = (kinds: string[]): ExpressionSpecification => [
    'in',
    ['get', 'kind'],
    ['literal', kinds],
  ]
  const kinds = [
    { id: 'minor', filter: kindIn(['minor_road', 'other']), w: 5 },
    { id: 'major', filter: kindIn(['major_road', 'highway']), w: 8 },
  ]
  const casing = kinds.map((k): LayerSpecification => ({
    id: `road-${k.id}-casing`,
    type: 'line',
    source: 'basemap',
    'source-layer': 'roads',
    filter: k.filter,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#5f6670', 'line-width': roadWidth(k.w + 2.5) },
  }))
  const fill = kinds.map((k): LayerSpecification => ({
    id: `road-${k.id}`,
    type: 'line',
    source: 'basemap',
    'source-layer': 'roads',
    filter: k.filter,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': roadWidth(k.w) },
  }))
  return [
    {
      id: 'road-path',
      type: 'line',
      source: 'basemap',
      'source-layer': 'roads',
      filter: ['==', ['get', 'kind'], 'path'],
      paint: { 'line-color': '#6b5a45', 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    ...casing,
    ...fill,
  ]
}

/** GeoJSON for the walk and its two ends, drawn on top of the streets. */
export function walkFeatures(walk: Walk, hereLabel: string, thereLabel: string) {
  return {
    line: {
      type: 'Feature' as const,
      properties: { kind: walk.kind },
      geometry: { type: 'LineString' as const, coordinates: walk.line },
    },
    points: {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { role: 'here', label: hereLabel },
          geometry: { type: 'Point' as const, coordinates: walk.here },
        },
        {
          type: 'Feature' as const,
          properties: { role: 'there', label: thereLabel },
          geometry: { type: 'Point' as const, coordinates: walk.there },
        },
      ],
    },
  }
}

/** The whole style for one walk: basemap by PMTiles URL, then the walk, its ends and labels. */
export function mapStyle(options: {
  basemapUrl: string
  lang: MapLanguage
  walk: Walk
  hereLabel: string
  thereLabel: string
}): StyleSpecification {
  const { walk, lang } = options
  const features = walkFeatures(walk, options.hereLabel, options.thereLabel)
  const fonts = FONTS[lang]
  return {
    version: 8,
    sources: {
      basemap: { type: 'vector', url: options.basemapUrl },
      walk: { type: 'geojson', data: features.line },
      ends: { type: 'geojson', data: features.points },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eceae4' } },
      {
        id: 'earth',
        type: 'fill',
        source: 'basemap',
        'source-layer': 'earth',
        paint: { 'fill-color': '#f5f3ee' },
      },
      {
        id: 'park',
        type: 'fill',
        source: 'basemap',
        'source-layer': 'landuse',
        filter: ['in', ['get', 'kind'], ['literal', ['park', 'garden', 'grass', 'forest']]],
        paint: { 'fill-color': '#d4e6c8' },
      },
      {
        id: 'water',
        type: 'fill',
        source: 'basemap',
        'source-layer': 'water',
        paint: { 'fill-color': '#9cc3e4' },
      },
      {
        id: 'buildings',
        type: 'fill',
        source: 'basemap',
        'source-layer': 'buildings',
        paint: { 'fill-color': '#d9d4ca', 'fill-outline-color': '#b5ada0' },
      },
      ...roadLayers(),
      {
        id: 'road-labels',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'roads',
        filter: ['!=', ['get', 'kind'], 'path'],
        layout: {
          'symbol-placement': 'line',
          'text-field': nameExpression(lang),
          'text-font': fonts,
          'text-size': 17,
          'text-max-angle': 30,
        },
        paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 },
      },
      {
        id: 'walk-casing',
        type: 'line',
        source: 'walk',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 13 },
      },
      {
        id: 'walk',
        type: 'line',
        source: 'walk',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': WALK_COLOURS.line,
          'line-width': 8,
          ...(walk.kind === 'straight' ? { 'line-dasharray': [1.5, 1.2] } : {}),
        },
      },
      {
        id: 'ends',
        type: 'circle',
        source: 'ends',
        paint: {
          'circle-radius': 15,
          'circle-color': ['match', ['get', 'role'], 'here', WALK_COLOURS.here, WALK_COLOURS.there],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 5,
        },
      },
      {
        id: 'end-labels',
        type: 'symbol',
        source: 'ends',
        layout: {
          'text-field': ['get', 'label'],
          'text-font': fonts,
          'text-size': 22,
          'text-offset': [0, 1.4],
          'text-anchor': 'top',
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 3 },
      },
    ],
  }
}
