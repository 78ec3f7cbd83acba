import type { Language } from '../content/schema'

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
