import { lazy, Suspense, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { Geo, KioskMap, Location } from '../../../common/content/schema'
import type { Walk } from '../../../common/domain/walk'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { describeDistance, formatDistance } from '../DistanceLabel'
import { MapImage } from './MapImage'
import { MapSchematic } from './MapSchematic'
import { mapImageSource } from './mapImageSource'
import { reportMapProblem } from './mapProblems'
import type { MapLanguage } from './mapStyle'
import { projectOnImage, schematicLayout, type Point } from './projection'
import { webglAvailable } from './webgl'
import './MapView.css'

/** MapLibre and its style are a separate chunk, fetched the first time a street map is shown. */
const StreetMap = lazy(() => import('./StreetMap'))

type Props = {
  /** The destination; without coordinates there is no map, only a sentence. */
  place: Pick<Location, 'geo'>
  /** The walk from this kiosk (planWalk), the same one the slip prints. */
  walk: Walk | undefined
  /** The walking graph is still loading: the street map waits for it (drawn once, not twice). */
  walkPending?: boolean
}

type ImagePlan = { map: KioskMap; src: string; here: Point; there: Point }

/** The site's picture when it exists, loads, and shows both points; otherwise nothing. */
function imagePlan(maps: KioskMap[] | undefined, siteId: string | undefined, from: Geo, to: Geo) {
  for (const map of maps ?? []) {
    if (map.siteId !== siteId) continue
    const src = mapImageSource(map.file)
    const here = projectOnImage(from, map)
    const there = projectOnImage(to, map)
    if (src && here && there) return { map, src, here, there } satisfies ImagePlan
  }
  return undefined
}

const WALK_LABEL = {
  office: 'map.walkOffice',
  computed: 'map.walkComputed',
  straight: 'map.walkStraight',
} as const

/** What the line is, and how long the walk takes, in words: the line is never passed off as more. */
function WalkSummary({ walk }: { walk: Walk }) {
  const { t } = useT('places')
  const tr = (k: string, v?: Record<string, string | number>) => t(k, v)
  return (
    <p className="map-view__walk" data-walk={walk.kind}>
      <strong>{t(WALK_LABEL[walk.kind])}</strong>
      {walk.kind !== 'straight' && (
        <span>
          {' · '}
          {t('map.walkMinutes', { count: walk.minutes, distance: formatDistance(walk.metres, tr) })}
        </span>
      )}
    </p>
  )
}

/**
 * Where the destination is from this kiosk: the street map with the walk (when the content
 * carries a city extract and the screen can draw WebGL), else the content's georeferenced
 * picture for this site, else a north-up schematic with the same points and line. Never a blank
 * box: any map failure hands over to the schematic. When either point has no coordinates it
 * draws nothing and says why, instead of guessing.
 */
export function MapView({ place, walk, walkPending = false }: Props) {
  const { t, lang } = useT('places')
  const { content, site, reportProblem } = useKiosk()
  const localize = useLocalize()
  const [failedSrc, setFailedSrc] = useState<string | undefined>()
  const [streetFailed, setStreetFailed] = useState(false)
  const from = site.geo
  const to = place.geo
  if (from === undefined || to === undefined) {
    return (
      <p className="map-view__none">
        {t(site.staffOnHand ? 'map.noCoordinates' : 'map.noCoordinatesNoStaff')}
      </p>
    )
  }
  const tr = (k: string, v?: Record<string, string | number>) => t(k, v)
  const basemapSrc = content.basemap && mapImageSource(content.basemap.file)
  // With a street map packed, any failure goes to the sketch of the same walk (not the picture,
  // which has no line).
  const streetMap = walk && basemapSrc && !streetFailed && !walkPending && webglAvailable()
  if (walk && basemapSrc && !streetFailed && !walkPending && !streetMap)
    reportMapProblem(reportProblem, 'map-webgl')
  // One sketch of the walk: the street map's stand-in while it loads, and the fallback.
  const schematic = (
    <MapSchematic
      layout={(w, h, m) => schematicLayout(from, to, w, h, m, walk?.line)}
      solid={walk !== undefined && walk.kind !== 'straight'}
      hereLabel={t('map.youAreHere')}
      thereLabel={t('map.destination')}
      north={t('map.north')}
      scaleText={(metres) => formatDistance(metres, tr)}
      label={t('map.schematicLabel', {
        here: t('map.youAreHere'),
        distance: describeDistance(from, to, tr),
      })}
    />
  )
  if (walk && basemapSrc) {
    if (streetMap) {
      return (
        <div className="map-view">
          <Suspense fallback={schematic}>
            <StreetMap
              src={`${basemapSrc}?v=${content.dataset.contentVersion}`}
              walk={walk}
              lang={lang as MapLanguage}
              labels={{
                here: t('map.youAreHere'),
                there: t('map.destination'),
                zoomIn: t('map.zoomIn'),
                zoomOut: t('map.zoomOut'),
                wholeWay: t('map.wholeWay'),
                attribution: t('map.attribution'),
              }}
              onFail={(error) => {
                reportMapProblem(reportProblem, 'map-error', error)
                setStreetFailed(true)
              }}
            />
          </Suspense>
          <WalkSummary walk={walk} />
        </div>
      )
    }
  }
  const plan = basemapSrc ? undefined : imagePlan(content.maps, site.id, from, to)
  if (plan && plan.src !== failedSrc) {
    const alt = localize(plan.map.alt).text
    return (
      <MapImage
        src={plan.src}
        width={plan.map.width}
        height={plan.map.height}
        label={t('map.imageLabel', { alt, here: t('map.youAreHere') })}
        onFail={() => setFailedSrc(plan.src)}
        markers={[
          { kind: 'here', at: plan.here, label: t('map.youAreHere') },
          { kind: 'there', at: plan.there, label: t('map.destination') },
        ]}
      />
    )
  }
  return (
    <div className="map-view">
      {schematic}
      {walk && !walkPending && <WalkSummary walk={walk} />}
    </div>
  )
}
