import { useTranslation } from 'react-i18next'
import type { Geo } from '../../../common/content/schema'
import { useKiosk } from '../../state/useKiosk'
import { describeDistance } from './describeDistance'

/** "1.2 km, north-east" from this kiosk's site, or "Distance unknown" without coordinates. */
export function DistanceLabel({ to, className }: { to: Geo | undefined; className?: string }) {
  const { t } = useTranslation('places')
  const { site } = useKiosk()
  const known = site.geo !== undefined && to !== undefined
  const modifier = known ? 'distance-label--known' : 'distance-label--unknown'
  return (
    <span className={`distance-label ${modifier}${className ? ` ${className}` : ''}`}>
      {describeDistance(site.geo, to, (k, v) => t(k, v))}
    </span>
  )
}
