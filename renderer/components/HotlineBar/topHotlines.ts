import type { Phone } from '../../../common/content/schema'
import { byPriority } from '../../state/lookup'

/** The `count` most important hotlines, lowest priority number first; ties keep content order. */
export function topHotlines(phones: readonly Phone[], count: number): Phone[] {
  return byPriority(phones).slice(0, count)
}
