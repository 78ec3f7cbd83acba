import type { Content, Language, LocalizedText } from '../schema'
import { LANGUAGES } from '../schema'
import type { Problem } from './problems'
import { warning } from './problems'

/**
 * Limits for text a stressed or weak reader must take in at one glance, or hear read aloud.
 * Chinese and Korean are counted in characters, English in words per sentence (a common
 * plain-language ceiling is about 25); a whole summary is counted in characters.
 */
export const PLAIN_LIMITS: Record<
  Language,
  {
    summaryChars: number
    plainSummaryChars: number
    sentence: number
    unit: 'characters' | 'words'
  }
> = {
  'zh-Hans': { summaryChars: 120, plainSummaryChars: 50, sentence: 50, unit: 'characters' },
  en: { summaryChars: 400, plainSummaryChars: 160, sentence: 25, unit: 'words' },
  ko: { summaryChars: 200, plainSummaryChars: 80, sentence: 60, unit: 'characters' },
}

const chars = (s: string): number => [...s].length
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length

/**
 * Sentences as a reader meets them: Chinese full stops end one at once; Latin ones only before
 * a space or the end, so "1.5 km" and "No.3" stay whole.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？])|(?<=[.!?])(?=\s|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

function sentenceLength(sentence: string, lang: Language): number {
  return PLAIN_LIMITS[lang].unit === 'words' ? words(sentence) : chars(sentence)
}

/**
 * True when no sentence of `value` can be longer than `max`: a sentence has at most as many
 * characters as the text, and at most one word per two characters (words need a space between).
 */
function surelyShortSentences(value: string, lang: Language, max: number): boolean {
  const bound = PLAIN_LIMITS[lang].unit === 'words' ? Math.ceil(value.length / 2) : value.length
  return bound <= max
}

function checkText(
  path: () => string,
  text: LocalizedText | undefined,
  limitOf: (lang: Language) => number,
  problems: Problem[],
): void {
  if (!text) return
  for (const lang of LANGUAGES) {
    const value = text[lang]
    if (value === undefined) continue
    const limit = limitOf(lang)
    // A string has no more code points than UTF-16 units: only a long one needs counting.
    if (value.length > limit && chars(value) > limit) {
      problems.push(
        warning(
          `${path()}.${lang}`,
          `plain language: ${chars(value)} characters is long for a summary (aim for at most ${limit})`,
        ),
      )
    }
    const { sentence: max, unit } = PLAIN_LIMITS[lang]
    if (surelyShortSentences(value, lang, max)) continue
    sentencesOf(value).forEach((sentence, i) => {
      const length = sentenceLength(sentence, lang)
      if (length > max) {
        problems.push(
          warning(
            `${path()}.${lang}`,
            `plain language: sentence ${i + 1} has ${length} ${unit} (aim for at most ${max}) — split it: "${sentence.slice(0, 30)}…"`,
          ),
        )
      }
    })
  }
}

/**
 * Easy-language warnings for services (issue 10): a summary or plain summary longer than its
 * limit, or a sentence longer than a reader can hold. Warnings only: long text still shows,
 * but staff learn which texts to shorten.
 */
export function plainLanguageProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  const summaryLimit = (l: Language) => PLAIN_LIMITS[l].summaryChars
  const plainSummaryLimit = (l: Language) => PLAIN_LIMITS[l].plainSummaryChars
  // Paths are built only for a text with a problem.
  content.services.forEach((service, i) => {
    checkText(() => `services[${i}].summary`, service.summary, summaryLimit, problems)
    checkText(
      () => `services[${i}].plainSummary`,
      service.plainSummary,
      plainSummaryLimit,
      problems,
    )
  })
  return problems
}
