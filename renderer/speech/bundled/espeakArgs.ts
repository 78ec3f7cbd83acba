import type { Language } from '../../../common/content/schema'

/**
 * espeak-ng voices for the kiosk's languages: Mandarin (cmn, never Cantonese), US English and
 * Korean. All three are in the `espeak-ng` package's embedded data (checked in the test).
 */
export const ESPEAK_VOICE: Record<Language, string> = {
  'zh-Hans': 'cmn',
  en: 'en-us',
  ko: 'ko',
}

/** espeak-ng's default speed in words per minute; the visitor's rate scales it. */
const BASE_WPM = 175
const MIN_WPM = 80
const MAX_WPM = 390

/** Where the worker writes each WAV inside the engine's in-memory file system. */
export const OUTPUT_FILE = '/speech.wav'

/** One synthesis request, as the page sends it to the worker. */
export type SynthRequest = { id: number; text: string; lang: Language; rate: number }
/** The worker's answer: a WAV file, or why there is none. */
export type SynthReply = { id: number; wav: ArrayBuffer } | { id: number; error: string }

/**
 * The espeak-ng command line for one phrase: voice, speed, WAV output. The text is one argument
 * (never parsed by a shell), so nothing in content can become an option: a leading "-" is
 * protected by a space.
 */
export function espeakArguments(text: string, lang: Language, rate: number): string[] {
  const safeRate = Number.isFinite(rate) && rate > 0 ? rate : 1
  const wpm = Math.round(Math.min(MAX_WPM, Math.max(MIN_WPM, BASE_WPM * safeRate)))
  const words = text.startsWith('-') ? ` ${text}` : text
  return ['-v', ESPEAK_VOICE[lang], '-s', String(wpm), '-w', OUTPUT_FILE, words]
}
