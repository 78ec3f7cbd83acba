import type { OpeningState } from '../domain/openingHours'
import type { Translate } from '../i18n/translate'
import { weekdayKey } from './readableHours'
import { CHINA_UTC_OFFSET_MINUTES, wallClock } from '../domain/chinaTime'

export type OpeningTone = 'open' | 'closed' | 'unknown'
/** `note`: a second, quieter line (public-holiday hours not published for this year). */
export type OpeningLabel = { tone: OpeningTone; text: string; note?: string }

/** The wall-clock day `inDays` from now where the content's hours apply. */
function localDay(now: Date, utcOffsetMinutes: number, inDays = 0): Date {
  return wallClock(now.getTime() + inDays * 86_400_000, utcOffsetMinutes)
}

function closedLabel(
  state: Extract<OpeningState, { kind: 'closed' }>,
  now: Date,
  t: Translate,
  utcOffsetMinutes: number,
): string {
  if (state.opensAt === undefined) {
    return state.holiday ? t('opening.holidayClosed') : t('opening.closed')
  }
  const { weekday, time, inDays } = state.opensAt
  if (state.holiday || inDays >= 7) {
    // After a holiday week a weekday name is ambiguous ("Friday" — this one or next?): say the date.
    const day = localDay(now, utcOffsetMinutes, inDays)
    const vars = {
      month: t(`opening.month.m${day.getUTCMonth() + 1}`),
      day: day.getUTCDate(),
      time,
    }
    return t(state.holiday ? 'opening.holidayOpensOnDate' : 'opening.opensOnDate', vars)
  }
  if (inDays === 0) return t('opening.opensToday', { time })
  if (inDays === 1) return t('opening.opensTomorrow', { time })
  return t('opening.opensOn', { day: t(weekdayKey(weekday)), time })
}

/**
 * Words for an opening state: "Open now · closes at 17:00", "Open 24 hours", "Closed now ·
 * opens tomorrow at 08:30", "Closed for the public holiday · opens 8 October at 08:30", "Hours
 * unknown — call ahead". Unknown hours never read as closed. In a year whose public holidays are
 * not published yet, `note` says holiday hours may differ rather than pretending to know.
 */
export function openingLabel(
  state: OpeningState,
  now: Date,
  t: Translate,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): OpeningLabel {
  const note = (s: OpeningState) =>
    'holidaysUnknown' in s && s.holidaysUnknown ? { note: t('opening.holidaysUnknown') } : {}
  switch (state.kind) {
    case 'always':
      return { tone: 'open', text: t('opening.always') }
    case 'open':
      return {
        tone: 'open',
        text: t('opening.openUntil', { time: state.closesAt }),
        ...note(state),
      }
    case 'unknown':
      return { tone: 'unknown', text: t('opening.unknown') }
    case 'closed':
      return { tone: 'closed', text: closedLabel(state, now, t, utcOffsetMinutes), ...note(state) }
  }
}
