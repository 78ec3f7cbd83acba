import type { BENEFIT_PER, Language } from '../content/schema'

/**
 * "0431-8888-1234" → "0 4 3 1, 8 8 8 8, 1 2 3 4": a phone number heard digit by digit, in its
 * groups, so a listener can key it in (a voice would otherwise say "four hundred and thirty-one").
 */
export function digitsForSpeech(text: string): string {
  return (text.match(/\d+/g) ?? []).map((group) => [...group].join(' ')).join(', ')
}

/** "Step 3" before a numbered instruction, in words a voice reads naturally in each language. */
export const STEP_LABEL: Record<Language, (n: number) => string> = {
  'zh-Hans': (n) => `第${n}步`,
  en: (n) => `Step ${n}`,
  ko: (n) => `${n}단계`,
}

type Amount = { amount: number; limit: boolean; goods: boolean }

/**
 * An amount as a voice should say it, with the same qualifiers the service page shows: a limit
 * is "up to", goods are "worth of goods" — so a listener never hears an approval limit as a
 * promised payment (issue 13).
 */
export const SPOKEN_AMOUNT: Record<Language, (a: Amount) => string> = {
  'zh-Hans': ({ amount, limit, goods }) =>
    goods ? `价值${amount}元的实物` : limit ? `最多${amount}元` : `${amount}元`,
  en: ({ amount, limit, goods }) =>
    goods ? `${amount} yuan in goods` : limit ? `up to ${amount} yuan` : `${amount} yuan`,
  ko: ({ amount, limit, goods }) =>
    goods ? `${amount}위안 상당의 물품` : limit ? `최대 ${amount}위안` : `${amount}위안`,
}

/** Whom or how often an amount is counted for, in the service page's words. */
export const SPOKEN_PER: Record<Language, Record<(typeof BENEFIT_PER)[number], string>> = {
  'zh-Hans': {
    person: '每人',
    household: '每户',
    once: '一次性发放',
    'person-or-household': '每人或每户',
  },
  en: {
    person: 'per person',
    household: 'per household',
    once: 'one-time payment',
    'person-or-household': 'per person, or per household',
  },
  ko: {
    person: '1인당',
    household: '가구당',
    once: '1회 지급',
    'person-or-household': '1인당 또는 가구당',
  },
}
