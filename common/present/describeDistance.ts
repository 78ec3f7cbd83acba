import type { Geo } from '../content/schema'
import { bearingDegrees, compassPoint, distanceMetres } from '../domain/geo'
import type { Translate } from '../i18n/translate'

/**
 * A distance as people say it: "80 m", "850 m", "1.2 km", "12 km". Metres are rounded to tens
 * (coordinates are rarely better than that), kilometres to one decimal below 10 km.
 */
export function formatDistance(metres: number, t: Translate): string {
  if (!Number.isFinite(metres) || metres < 0) return t('distance.unknown')
  if (metres < 950) {
    const rounded = Math.max(10, Math.round(metres / 10) * 10)
    return t('distance.metres', { value: rounded })
  }
  const km = metres / 1000
  const value = km < 9.95 ? km.toFixed(1) : String(Math.round(km))
  return t('distance.kilometres', { value })
}

/**
 * "1.2 km, north-east" from the kiosk to a place, or "distance unknown" when either point has
 * no coordinates. Very close places ("here", under 30 m) get no direction: it would mislead.
 */
export function describeDistance(from: Geo | undefined, to: Geo | undefined, t: Translate): string {
  if (from === undefined || to === undefined) return t('distance.unknown')
  return describeMeasured(distanceMetres(from, to), bearingDegrees(from, to), t)
}

/**
 * The same words from a distance and bearing already measured (a ranked list measures each
 * place once), so a card formats without measuring again.
 */
export function describeMeasured(metres: number, bearing: number, t: Translate): string {
  if (metres < 30) return t('distance.here')
  const direction = t(`compass.${compassPoint(bearing)}`)
  return t('distance.withDirection', { distance: formatDistance(metres, t), direction })
}
