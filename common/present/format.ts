import type { Language } from '../content/schema'

/**
 * Intl formatters are costly to build (locale data is looked up each time) and were built once
 * per amount per render: a service with benefits paid it on every tap (issue 25). One per
 * language and shape, so the cache holds at most a handful and never grows with use.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  const known = formatters.get(key) as F | undefined
  if (known) return known
  const made = make()
  formatters.set(key, made)
  return made
}

/**
 * An amount in yuan for the visitor's language: "¥1,000", no decimals for whole amounts.
 * The narrow ¥ sign is used in every language because it is what people see on Chinese notices.
 */
export function formatCny(amount: number, lang: Language): string {
  const digits = Number.isInteger(amount) ? 0 : 2
  return cached(
    `cny|${lang}|${digits}`,
    () =>
      new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        maximumFractionDigits: digits,
      }),
  ).format(amount)
}

/**
 * A content calendar day (YYYY-MM-DD) written out for the visitor's language ("2021年1月19日",
 * "January 19, 2021", "2021년 1월 19일"). Formatted in UTC so no time zone can shift the day;
 * anything that is not a valid date is returned unchanged rather than shown as "Invalid Date".
 */
export function formatDay(day: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return day
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (Number.isNaN(ms)) return day
  return cached(
    `day|${lang}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(ms)
}

/**
 * Builds every formatter above for `lang` ahead of the first screen that shows a date or an
 * amount. The first Intl formatter of a language costs ~15 ms (its locale data is loaded), which
 * a visitor's first tap into a service paid (issue 25); the kiosk calls this when it is idle.
 */
export function warmFormatters(lang: Language): void {
  formatDay('2021-01-20', lang)
  formatCny(1, lang)
  formatCny(0.5, lang)
}
