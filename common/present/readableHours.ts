import type { Translate } from '../i18n/translate'

const DAY_TOKENS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const
const DAY_RANGE = /\b(Mo|Tu|We|Th|Fr|Sa|Su)-(Mo|Tu|We|Th|Fr|Sa|Su)\b/g

/**
 * Turns an OSM opening_hours spec ("Mo-Fr 08:30-17:00; PH off") into words a visitor reads
 * ("周一–周五 08:30–17:00；节假日 休息"). Only names are translated; times and structure stay as
 * written, so nothing the content said is reinterpreted. Unknown tokens pass through unchanged.
 */
export function readableHours(spec: string, t: Translate): string {
  const trimmed = spec.trim()
  if (trimmed === '24/7') return t('hours.always')
  const day = (token: string): string => t(`weekday.${token}`)
  return trimmed
    .replace(
      DAY_RANGE,
      (_, from: string, to: string) => `${day(from)}${t('hours.dayRange')}${day(to)}`,
    )
    .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\b/g, day)
    .replace(/\bPH\b/g, () => t('hours.publicHolidays'))
    .replace(/\boff\b|\bclosed\b/g, () => t('hours.off'))
    .replace(/(\d{2}:\d{2})-(\d{2}:\d{2})/g, '$1–$2')
    .replace(/\s*;\s*/g, t('hours.ruleSeparator'))
}

/** Weekday keys in JavaScript's order (0 = Sunday), for "opens Monday 08:30". */
export function weekdayKey(weekday: number): string {
  const index = (((weekday + 6) % 7) + 7) % 7
  return `weekday.${DAY_TOKENS[index] ?? 'Mo'}`
}
