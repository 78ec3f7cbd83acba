import { parseOpeningHours } from '../../domain/openingHours'
import { isValidChinesePhone } from '../../domain/phone'
import type { Content, Geo } from '../schema'
import type { Problem } from './problems'
import { error, warning } from './problems'

/** Rough bounds of China; a point outside them is almost always a typo or swapped lat/lng. */
const CHINA = { south: 18, north: 54, west: 73, east: 135 }

function geoProblems(path: string, geo: Geo | undefined): Problem[] {
  if (geo === undefined) return []
  const inside =
    geo.lat >= CHINA.south &&
    geo.lat <= CHINA.north &&
    geo.lng >= CHINA.west &&
    geo.lng <= CHINA.east
  return inside
    ? []
    : [
        warning(
          path,
          `${geo.lat}, ${geo.lng} lies outside China — check that lat and lng are not swapped`,
        ),
      ]
}

function dateOrder(
  path: () => string,
  item: { validFrom?: string; validUntil?: string },
): Problem[] {
  const { validFrom, validUntil } = item
  if (validFrom === undefined || validUntil === undefined || validFrom <= validUntil) return []
  return [error(`${path()}.validUntil`, `${validUntil} is before validFrom ${validFrom}`)]
}

/**
 * Checks values whose format the schema cannot judge: phone numbers a phone can dial,
 * opening hours the kiosk can read, date windows that can ever be open, plausible places.
 */
export function valueProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  if (!content.dataset.languages.includes('zh-Hans')) {
    problems.push(
      error('dataset.languages', 'must include "zh-Hans": it is the fallback for every text'),
    )
  }
  content.phones.forEach((p, i) => {
    if (!isValidChinesePhone(p.number)) {
      problems.push(
        error(
          `phones[${i}].number`,
          `"${p.number}" is not a valid Chinese phone number (a short number like 12345, a landline with area code like 0431-88881234, a mobile, or a 400/800 number)`,
        ),
      )
    }
  })
  // Paths are built only for an item with a problem.
  content.services.forEach((s, i) => problems.push(...dateOrder(() => `services[${i}]`, s)))
  content.notices.forEach((n, i) => problems.push(...dateOrder(() => `notices[${i}]`, n)))
  // Many places share the same hours ("24/7", "Mo-Fr 08:30-17:00"): each spec is parsed once.
  const hours = new Map<string, ReturnType<typeof parseOpeningHours>>()
  const parseOnce = (spec: string) => {
    let parsed = hours.get(spec)
    if (parsed === undefined) {
      parsed = parseOpeningHours(spec)
      hours.set(spec, parsed)
    }
    return parsed
  }
  content.locations.forEach((l, i) => {
    if (l.openingHours !== undefined) {
      const parsed = parseOnce(l.openingHours)
      if (!parsed.ok) {
        problems.push(
          error(`locations[${i}].openingHours`, `cannot read opening hours: ${parsed.error}`),
        )
      }
    }
    if (l.geo !== undefined) problems.push(...geoProblems(`locations[${i}].geo`, l.geo))
  })
  content.kioskSites.forEach((s, i) => problems.push(...geoProblems(`kioskSites[${i}].geo`, s.geo)))
  content.maps?.forEach((m, i) => {
    if (m.bounds.north <= m.bounds.south) {
      problems.push(error(`maps[${i}].bounds`, 'north must be greater than south'))
    }
    if (m.bounds.east <= m.bounds.west) {
      problems.push(error(`maps[${i}].bounds`, 'east must be greater than west'))
    }
  })
  return problems
}
