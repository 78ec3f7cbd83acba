import type { Content, Phone } from '../../../common/content/schema'
import { byIds, byPriority } from '../../state/lookup'

/**
 * The hotlines that close the screener: those of the suggested services first, then the most
 * important hotlines, so the visitor always leaves with at least one number even when nothing
 * matched. At most `max`, no duplicates.
 */
export function screenerHotlines(
  content: Content,
  serviceIds: readonly string[],
  max = 2,
): Phone[] {
  const services = byIds(content.services, serviceIds)
  const linked = byPriority(
    byIds(content.phones, [...new Set(services.flatMap((s) => s.phoneIds))]),
  )
  const rest = byPriority(content.phones).filter((p) => !linked.includes(p))
  return [...linked, ...rest].slice(0, max)
}
