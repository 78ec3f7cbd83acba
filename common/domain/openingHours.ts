import { CHINA_UTC_OFFSET_MINUTES, wallClock } from './chinaTime'

/**
 * The subset of OSM `opening_hours` that kiosk content needs: `24/7`; weekday lists and
 * ranges (`Mo-Fr`, `Sa,Su`, `Fr-Mo`); one or more time ranges (`08:00-12:00,13:30-17:00`);
 * overnight ranges (`20:00-08:00`, `22:00-24:00`, `20:00-26:00`); `off`/`closed`; rules
 * separated by `;`, a later rule replacing earlier ones for the days it names; `PH ...` for
 * China's statutory public holidays. Holidays and make-up working days (调休) come from
 * the `ChinaCalendar` the caller passes (`calendar.ts`): on a holiday a place uses its `PH` rule; without one, a place open every day
 * keeps its hours and any other (an office) is closed. On a make-up working day that falls on a
 * weekend, a place keeps its Monday–Friday hours. For a year without a published schedule the
 * state says `holidaysUnknown`, so the screen can say holiday hours may differ.
 */
import type { HolidayDay } from './calendar'

/** What kind of day a China calendar day is: `ChinaCalendar.holidayDay`. */
export type DayKind = (day: string) => HolidayDay

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
  | { kind: 'open'; closesAt: string; holidaysUnknown?: true }
  | {
      kind: 'closed'
      /** `inDays`: 0 today, 1 tomorrow…; a holiday week can push the next opening past a week. */
      opensAt?: { weekday: number; time: string; inDays: number }
      /** Set when today is a public holiday and that is why the place is shut (its name). */
      holiday?: string
      holidaysUnknown?: true
    }

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
): { ok: true; rules: WeekSchedule; publicHolidays?: TimeRange[] } | { ok: false; error: string } {
  const week: WeekSchedule = WEEKDAYS.map(() => [])
  let publicHolidays: TimeRange[] | undefined
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
    if (/^PH(?![A-Za-z])/.test(rule)) {
      const times = parseTimes(rule.slice(2).trim())
      if (!times.ok) return fail(times.error)
      publicHolidays = times.value
      continue
    }
    const selector = WEEKDAY_SELECTOR.exec(rule)
    const days = selector
      ? parseWeekdays(selector[1] ?? '')
      : { ok: true as const, value: [0, 1, 2, 3, 4, 5, 6] }
    if (!days.ok) return fail(days.error)
    const times = parseTimes(selector ? (selector[2] ?? '') : rule)
    if (!times.ok) return fail(times.error)
    for (const d of days.value) week[d] = times.value
  }
  return { ok: true, rules: week, ...(publicHolidays ? { publicHolidays } : {}) }
}

type Schedule = { rules: WeekSchedule; publicHolidays?: TimeRange[] }

/** The day `offset` days from `local` (a wall-clock instant), as YYYY-MM-DD. */
function dayAt(local: Date, offset: number): string {
  return new Date(local.getTime() + offset * DAY * 60_000).toISOString().slice(0, 10)
}

/** A day's open ranges, with public holidays and make-up working days applied. */
function rangesOn(schedule: Schedule, weekday: number, day: HolidayDay): TimeRange[] {
  const regular = schedule.rules[weekday] ?? []
  if (day.kind === 'holiday') {
    if (schedule.publicHolidays) return schedule.publicHolidays
    const everyDay = schedule.rules.every((r) => r.length > 0)
    return everyDay ? regular : []
  }
  if (day.kind === 'workday' && (weekday === 0 || weekday === 6)) {
    return [1, 2, 3, 4, 5].map((d) => schedule.rules[d] ?? []).find((r) => r.length > 0) ?? regular
  }
  return regular
}

/** Open ranges in minutes from the start of today, from two days back to two weeks ahead, merged. */
function timeline(schedule: Schedule, local: Date, dayKind: DayKind): TimeRange[] {
  const today = local.getUTCDay()
  const ranges: TimeRange[] = []
  // Two weeks ahead: the Spring Festival and National Day holidays close offices for 8–9 days.
  for (let offset = -2; offset <= 15; offset++) {
    const weekday = (((today + offset) % 7) + 7) % 7
    for (const r of rangesOn(schedule, weekday, dayKind(dayAt(local, offset)))) {
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
 * time by default), with holidays and make-up working days from `dayKind`. Missing or unreadable hours give `unknown`, never `closed`: telling a
 * person in need that a shelter is shut when it may be open is the worse mistake.
 */
export function openingState(
  spec: string | undefined,
  now: Date,
  dayKind: DayKind,
  utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): OpeningState {
  if (spec === undefined || Number.isNaN(now.getTime())) return { kind: 'unknown' }
  const parsed = parseOpeningHours(spec)
  if (!parsed.ok) return { kind: 'unknown' }
  const local = wallClock(now, utcOffsetMinutes)
  const today = local.getUTCDay()
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes()
  const ranges = timeline(parsed, local, dayKind)
  const current = ranges.find((r) => r.start <= minute && minute < r.end)
  if (current && current.end - minute >= 2 * WEEK) return { kind: 'always' }
  const todayKind = dayKind(dayAt(local, 0))
  const unknown = todayKind.known ? {} : { holidaysUnknown: true as const }
  if (current) return { kind: 'open', closesAt: clock(current.end, true), ...unknown }
  const regularToday = (parsed.rules[today] ?? []).some((r) => minute < r.end)
  const holiday = todayKind.kind === 'holiday' && regularToday ? { holiday: todayKind.name } : {}
  const next = ranges.find((r) => r.start > minute)
  if (!next) return { kind: 'closed', ...holiday, ...unknown }
  const inDays = Math.floor(next.start / DAY)
  return {
    kind: 'closed',
    opensAt: { weekday: (today + inDays) % 7, time: clock(next.start, false), inDays },
    ...holiday,
    ...unknown,
  }
}
