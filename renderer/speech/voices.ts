import type { Language } from '../../common/content/schema'

/** The parts of a SpeechSynthesisVoice the kiosk looks at (a plain object in tests). */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'localService'>

/**
 * Voice language tags that speak each kiosk language, best first. Mandarin only for Chinese:
 * a Cantonese voice (zh-HK, yue) reads the characters in another spoken language, so it is
 * never chosen.
 */
const ACCEPTED_TAGS: Record<Language, readonly RegExp[]> = {
  'zh-Hans': [/^zh-cn$/, /^cmn(-|$)/, /^zh-hans(-|$)/, /^zh-sg$/, /^zh$/, /^zh-tw$/],
  en: [/^en(-|$)/],
  ko: [/^ko(-|$)/],
}

const normalTag = (tag: string): string => tag.trim().replace(/_/g, '-').toLowerCase()

/** How well a voice fits a language: the index of the first accepted tag it matches, or -1. */
function rank(voice: VoiceLike, lang: Language): number {
  const tag = normalTag(voice.lang)
  return ACCEPTED_TAGS[lang].findIndex((pattern) => pattern.test(tag))
}

/**
 * The voice to read `lang` with, or undefined when none speaks it — the caller then falls back
 * to recorded audio or hides read-aloud, so a visitor never hears the wrong language. Only
 * voices on the device count: a kiosk is usually offline, and a network voice would stay silent.
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: Language,
): V | undefined {
  let best: { voice: V; rank: number } | undefined
  for (const voice of voices) {
    if (!voice.localService) continue
    const r = rank(voice, lang)
    if (r !== -1 && (best === undefined || r < best.rank)) best = { voice, rank: r }
  }
  return best?.voice
}
