import { useT } from '../../i18n/useT'
import type { Geo } from '../../../common/content/schema'
import { useKiosk } from '../../state/useKiosk'
import { describeDistance, describeMeasured } from '../../../common/present/describeDistance'

type Props = {
  to: Geo | undefined
  /** Distance and bearing a ranked list already measured; the label then only formats them. */
  measured?: { metres: number; bearing: number }
  className?: string
}

/** "1.2 km, north-east" from this kiosk's site, or "Distance unknown" without coordinates. */
export function DistanceLabel({ to, measured, className }: Props) {
  const { t } = useT('places')
  const { site } = useKiosk()
  const known = site.geo !== undefined && to !== undefined
  const modifier = known ? 'distance-label--known' : 'distance-label--unknown'
  const translate = (k: string, v?: Record<string, string | number>) => t(k, v)
  const text =
    known && measured
      ? describeMeasured(measured.metres, measured.bearing, translate)
      : describeDistance(site.geo, to, translate)
  return (
    <span className={`distance-label ${modifier}${className ? ` ${className}` : ''}`}>{text}</span>
  )
}
