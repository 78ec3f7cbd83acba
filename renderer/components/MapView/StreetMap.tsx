import {
  addProtocol,
  LngLatBounds,
  Map as MapLibreMap,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { Protocol } from 'pmtiles'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Walk } from '../../../common/domain/walk'
import { mapStyle, type MapLanguage } from './mapStyle'
import './StreetMap.css'

/**
 * The street map of the walk (MapLibre GL over the packed PMTiles extract). Loaded only when a
 * place page has a map to show (`React.lazy` in MapView), so MapLibre's ~1 MB never weighs on
 * the first screen. Everything comes from the kiosk: tiles by range from `content-files/`, the
 * worker script from the app's own files (no blob: worker, so the CSP stays `'self'`), labels in
 * the page's bundled fonts.
 *
 * The picture is decorative (aria-hidden): the walking steps beside it are the accessible text.
 * One finger scrolls the page (no drag-pan: a swipe over the map must not be trapped); two
 * fingers or the buttons zoom; north stays up (no rotation or pitch).
 */

export interface StreetMapProps {
  /** Same-origin URL of the `.pmtiles` file. */
  src: string
  walk: Walk
  lang: MapLanguage
  labels: {
    here: string
    there: string
    zoomIn: string
    zoomOut: string
    wholeWay: string
    attribution: string
  }
  /** WebGL, style or tile failure: the caller shows the schematic instead. */
  onFail(error: unknown): void
}

const FIT = { padding: 80, maxZoom: 17, animate: false } as const

let protocolReady = false
/**
 * The worker URL and the `pmtiles://` protocol, once per page. `prewarm` keeps MapLibre's one
 * worker alive between maps: without it the worker is killed when a place page closes and a new
 * one is started (its 0.5 MB script compiled again) for the next, which cost about a third of
 * tap → painted under SwiftShader (docs/performance.md, street map). The worker drops a closed
 * map's state (MapLibre's `removeMap`); the bench watches its heap over hundreds of maps.
 */
function prepareMapLibre(): void {
  if (protocolReady) return
  setWorkerUrl(new URL(workerUrl, document.baseURI).href)
  addProtocol('pmtiles', new Protocol().tile)
  prewarm()
  protocolReady = true
}

function boundsOf(walk: Walk): LngLatBounds {
  const bounds = new LngLatBounds(walk.here, walk.here)
  for (const p of walk.line) bounds.extend(p)
  return bounds.extend(walk.there)
}

export default function StreetMap({ src, walk, lang, labels, onFail }: StreetMapProps) {
  const box = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | undefined>(undefined)
  const failRef = useRef(onFail)
  const [painted, setPainted] = useState(false)
  const bounds = useMemo(() => boundsOf(walk), [walk])
  const { here, there, attribution } = labels

  useEffect(() => {
    failRef.current = onFail
  }, [onFail])

  useEffect(() => {
    const container = box.current
    if (!container) return
    prepareMapLibre()
    let removed = false
    const fail = (error: unknown) => {
      if (!removed) failRef.current(error)
    }
    let map: MapLibreMap
    try {
      map = new MapLibreMap({
        container,
        style: mapStyle({
          basemapUrl: `pmtiles://${new URL(src, document.baseURI).href}`,
          lang,
          walk,
          hereLabel: here,
          thereLabel: there,
        }),
        bounds,
        fitBoundsOptions: FIT,
        attributionControl: false,
        dragPan: false,
        dragRotate: false,
        scrollZoom: false,
        boxZoom: false,
        keyboard: false,
        touchPitch: false,
        pitchWithRotate: false,
        maxPitch: 0,
        minZoom: 10,
        maxZoom: 18,
        fadeDuration: 0,
      })
    } catch (error) {
      fail(error)
      return
    }
    mapRef.current = map
    map.touchZoomRotate.disableRotation()
    // Decorative: nothing inside the aria-hidden box may take focus.
    map.getCanvas().removeAttribute('tabindex')
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 180 }), 'bottom-left')
    map.on('error', (event) => fail(event.error))
    map
      .getCanvas()
      .addEventListener('webglcontextlost', () => fail(new Error('WebGL context lost')))
    map.once('idle', () => {
      if (!removed) setPainted(true)
    })
    return () => {
      removed = true
      mapRef.current = undefined
      // remove() also loses the WebGL context, so 500 place pages never pile up contexts.
      map.remove()
    }
  }, [src, walk, lang, here, there, bounds])

  return (
    <div className="street-map" data-map="street" data-map-state={painted ? 'painted' : 'loading'}>
      <div className="street-map__frame">
        <div className="street-map__canvas" ref={box} aria-hidden="true" />
        <p className="street-map__attribution">{attribution}</p>
      </div>
      <div className="street-map__controls">
        <button
          type="button"
          className="street-map__button"
          aria-label={labels.zoomIn}
          onClick={() => mapRef.current?.zoomIn()}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="street-map__button"
          aria-label={labels.zoomOut}
          onClick={() => mapRef.current?.zoomOut()}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="street-map__button street-map__button--wide"
          onClick={() => mapRef.current?.fitBounds(bounds, FIT)}
        >
          {labels.wholeWay}
        </button>
      </div>
    </div>
  )
}
