import type { OpeningState } from '../../../common/domain/openingHours'
import type { Translate } from '../../share/translate'
import { weekdayKey } from './readableHours'
import { CHINA_UTC_OFFSET_MINUTES, wallClock } from '../../../common/domain/chinaTime'

export type OpeningTone = 'open' | 'closed' | 'unknown'
export type OpeningLabel = { tone: OpeningTone; text: string }

/** Today's weekday (0 = Sunday) on the wall clock where the content's hours apply. */
function localWeekday(now: Date, utcOffsetMinutes: number): number {
  return wallClock(now, utcOffsetMinutes).getUTCDay()
}

/**
 * Words for an opening state: "Open now · closes at 17:00", "Open 24 hours", "Closed now ·
 * opens tomorrow at 08:30", "Hours unknown — call ahead". Unknown hours never read as closed.
 */
export function openingLabel(
  state: OpeningState,
  now: Date,
  t: Translate,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): OpeningLabel {
  switch (state.kind) {
    case 'always':
      return { tone: 'open', text: t('opening.always') }
    case 'open':
      return { tone: 'open', text: t('opening.openUntil', { time: state.closesAt }) }
    case 'unknown':
      return { tone: 'unknown', text: t('opening.unknown') }
    case 'closed': {
      if (state.opensAt === undefined) return { tone: 'closed', text: t('opening.closed') }
      const { weekday, time } = state.opensAt
      const today = localWeekday(now, utcOffsetMinutes)
      if (weekday === today) return { tone: 'closed', text: t('opening.opensToday', { time }) }
      if (weekday === (today + 1) % 7) {
        return { tone: 'closed', text: t('opening.opensTomorrow', { time }) }
      }
      return { tone: 'closed', text: t('opening.opensOn', { day: t(weekdayKey(weekday)), time }) }
    }
  }
}
