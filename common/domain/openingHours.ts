import { CHINA_UTC_OFFSET_MINUTES, wallClock } from './chinaTime'

/**
 * The subset of OSM `opening_hours` that kiosk content needs: `24/7`; weekday lists and
 * ranges (`Mo-Fr`, `Sa,Su`, `Fr-Mo`); one or more time ranges (`08:00-12:00,13:30-17:00`);
 * overnight ranges (`20:00-08:00`, `22:00-24:00`, `20:00-26:00`); `off`/`closed`; rules
 * separated by `;`, a later rule replacing earlier ones for the days it names; `PH ...`
 * rules are accepted and ignored (the kiosk does not know public holidays).
 */

const DAY = 24 * 60
const WEEK = 7 * DAY
/** OSM weekday abbreviations by JavaScript weekday number (0 = Sunday). */
const WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const

/** Minutes from the start of a day; `end` may pass 1440 when the range runs overnight. */
export type TimeRange = { start: number; end: number }
/** Open ranges per weekday, index 0 = Sunday. A day with no ranges is closed. */
export type WeekSchedule = TimeRange[][]

export type OpeningState =
  | { kind: 'unknown' }
  | { kind: 'always' }
  | { kind: 'open'; closesAt: string }
  | { kind: 'closed'; opensAt?: { weekday: number; time: string } }

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

function parseWeekdays(selector: string): Parsed<number[]> {
  const days = new Set<number>()
  for (const part of selector.split(',').map((p) => p.trim())) {
    const [from, to, ...extra] = part.split('-').map((d) => d.trim())
    const first = WEEKDAYS.indexOf(from as (typeof WEEKDAYS)[number])
    const last = to === undefined ? first : WEEKDAYS.indexOf(to as (typeof WEEKDAYS)[number])
    if (extra.length > 0 || first < 0 || last < 0) {
      return {
        ok: false,
        error: `"${part}" is not a weekday or weekday range (use Mo Tu We Th Fr Sa Su)`,
      }
    }
    for (let d = first; ; d = (d + 1) % 7) {
      days.add(d)
      if (d === last) break
    }
  }
  return { ok: true, value: [...days] }
}

function parseClock(text: string, isEnd: boolean): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text)
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes > 59 || hours > (isEnd ? 48 : 23)) return undefined
  const total = hours * 60 + minutes
  return isEnd && total > 2 * DAY ? undefined : total
}

function parseTimes(text: string): Parsed<TimeRange[]> {
  if (text === 'off' || text === 'closed') return { ok: true, value: [] }
  if (text === '')
    return { ok: false, error: 'no times given (add times such as 08:30-17:00, or "off")' }
  const ranges: TimeRange[] = []
  for (const part of text.split(',').map((p) => p.trim())) {
    const [from = '', to, ...extra] = part.split('-').map((t) => t.trim())
    const start = parseClock(from, false)
    const end = to === undefined ? undefined : parseClock(to, true)
    if (extra.length > 0 || start === undefined || end === undefined) {
      return { ok: false, error: `"${part}" is not a time range like 08:30-17:00` }
    }
    if (end === start) return { ok: false, error: `"${part}" starts and ends at the same time` }
    ranges.push({ start, end: end < start ? end + DAY : end })
  }
  return { ok: true, value: ranges }
}

const WEEKDAY_SELECTOR = /^([A-Z][a-z](?:\s*[-,]\s*[A-Z][a-z])*)(?![A-Za-z])\s*(.*)$/

/**
 * Parses an opening_hours string into a weekly schedule, or explains (in one sentence naming
 * the offending rule) why it cannot, so the content checker can show the author what to fix.
 */
export function parseOpeningHours(
  spec: string,
): { ok: true; rules: WeekSchedule } | { ok: false; error: string } {
  const week: WeekSchedule = WEEKDAYS.map(() => [])
  const rules = spec.split(';').map((r) => r.trim())
  if (rules.every((r) => r === '' || /^PH(?![A-Za-z])/.test(r))) {
    return { ok: false, error: 'no regular opening hours (only public holidays or nothing)' }
  }
  for (const [index, rule] of rules.entries()) {
    if (rule === '') continue
    const fail = (error: string) => ({
      ok: false as const,
      error: `rule ${index + 1} "${rule}": ${error}`,
    })
    if (rule === '24/7') {
      week.forEach((_, d) => (week[d] = [{ start: 0, end: DAY }]))
      continue
    }
    if (/^PH(?![A-Za-z])/.test(rule)) continue
    const selector = WEEKDAY_SELECTOR.exec(rule)
    const days = selector
      ? parseWeekdays(selector[1] ?? '')
      : { ok: true as const, value: [0, 1, 2, 3, 4, 5, 6] }
    if (!days.ok) return fail(days.error)
    const times = parseTimes(selector ? (selector[2] ?? '') : rule)
    if (!times.ok) return fail(times.error)
    for (const d of days.value) week[d] = times.value
  }
  return { ok: true, rules: week }
}

/** Open ranges in minutes relative to the start of `today`, from yesterday to a week ahead, merged. */
function timeline(week: WeekSchedule, today: number): TimeRange[] {
  const ranges: TimeRange[] = []
  for (let offset = -2; offset <= 8; offset++) {
    for (const r of week[(((today + offset) % 7) + 7) % 7] ?? []) {
      ranges.push({ start: offset * DAY + r.start, end: offset * DAY + r.end })
    }
  }
  ranges.sort((a, b) => a.start - b.start)
  const merged: TimeRange[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}

function clock(minutes: number, endOfDayAs24: boolean): string {
  const m = ((minutes % DAY) + DAY) % DAY
  if (m === 0 && endOfDayAs24) return '24:00'
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/**
 * Whether a place is open at `now`, judged on the wall clock at `utcOffsetMinutes` (China
 * time by default). Missing or unreadable hours give `unknown`, never `closed`: telling a
 * person in need that a shelter is shut when it may be open is the worse mistake.
 */
export function openingState(
  spec: string | undefined,
  now: Date,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): OpeningState {
  if (spec === undefined || Number.isNaN(now.getTime())) return { kind: 'unknown' }
  const parsed = parseOpeningHours(spec)
  if (!parsed.ok) return { kind: 'unknown' }
  const local = wallClock(now, utcOffsetMinutes)
  const today = local.getUTCDay()
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes()
  const ranges = timeline(parsed.rules, today)
  const current = ranges.find((r) => r.start <= minute && minute < r.end)
  if (current) {
    if (current.end - minute >= WEEK) return { kind: 'always' }
    return { kind: 'open', closesAt: clock(current.end, true) }
  }
  const next = ranges.find((r) => r.start > minute)
  if (!next) return { kind: 'closed' }
  const dayOffset = Math.floor(next.start / DAY)
  return {
    kind: 'closed',
    opensAt: { weekday: (today + dayOffset) % 7, time: clock(next.start, false) },
  }
}
