import type { Content, Phone, Service } from '../../../common/content/schema'
import { byIds, hotlinesFor } from '../../state/lookup'

/**
 * Whom to call about a service: its own hotlines; when it names none, the hotlines of its
 * categories, so every service page still ends with a number to call.
 */
export function serviceHotlines(content: Content, service: Service): Phone[] {
  const own = byIds(content.phones, service.phoneIds)
  if (own.length > 0) return own
  const seen = new Set<string>()
  return service.categoryIds
    .flatMap((id) => hotlinesFor(content, id))
    .filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)))
}
