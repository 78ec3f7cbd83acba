import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Geo, KioskMap } from '../../../common/content/schema'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { describeDistance, formatDistance } from '../DistanceLabel'
import { MapImage } from './MapImage'
import { MapSchematic } from './MapSchematic'
import { mapImageSource } from './mapImageSource'
import { projectOnImage, schematicLayout, type Point } from './projection'
import './MapView.css'

type Props = {
  /** The destination's coordinates; without them there is no map, only a sentence. */
  to: Geo | undefined
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

/**
 * Where the destination is from this kiosk: the content's georeferenced picture for this site
 * with "you are here" and the destination marked, or a north-up schematic with a scale bar.
 * When either point has no coordinates it draws nothing and says why, instead of guessing.
 */
export function MapView({ to }: Props) {
  const { t } = useTranslation('places')
  const { content, site } = useKiosk()
  const localize = useLocalize()
  const [failedSrc, setFailedSrc] = useState<string | undefined>()
  const from = site.geo
  if (from === undefined || to === undefined) {
    return (
      <p className="map-view__none">
        {t(site.staffOnHand ? 'map.noCoordinates' : 'map.noCoordinatesNoStaff')}
      </p>
    )
  }
  const tr = (k: string, v?: Record<string, string | number>) => t(k, v)
  const plan = imagePlan(content.maps, site.id, from, to)
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
    <MapSchematic
      layout={(w, h, m) => schematicLayout(from, to, w, h, m)}
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
}
