import type { Language } from '../../common/content/schema'
import { pickVoice, type VoiceLike } from './voices'

/** The parts of SpeechSynthesisUtterance the engine sets (a plain object in tests). */
export type UtteranceLike = {
  text: string
  lang: string
  voice: VoiceLike | null
  volume: number
  rate: number
  addEventListener(type: 'end' | 'error', listener: () => void): void
}

/** The parts of window.speechSynthesis the engine uses. */
export type SynthLike = {
  speak(utterance: UtteranceLike): void
  cancel(): void
  getVoices(): readonly VoiceLike[]
  addEventListener(type: 'voiceschanged', listener: () => void): void
  removeEventListener(type: 'voiceschanged', listener: () => void): void
}

/** The parts of an <audio> element the engine uses. */
export type AudioLike = {
  volume: number
  play(): Promise<void>
  pause(): void
  addEventListener(type: 'ended' | 'error', listener: () => void): void
}

/** Where speech comes from: the Web Speech API (absent on some systems) and audio elements. */
export type SpeechEnv = {
  synth: SynthLike | undefined
  utterance(text: string): UtteranceLike
  audio(src: string): AudioLike
}

export type SpeechMode = 'voice' | 'audio'

export type SpeechRequest = {
  lang: Language
  /** Phrases for a system voice, spoken one after another. */
  phrases: readonly string[]
  /** Recorded speech for this screen in `lang`, played when no system voice speaks `lang`. */
  audioUrl?: string
  /** 0..1, from the kiosk's settings. */
  volume: number
}

export type SpeechEngine = {
  /** How `lang` would be read: a system voice, the recording, or not at all (undefined). */
  modeFor(lang: Language, audioUrl: string | undefined): SpeechMode | undefined
  /** Stops anything playing, then starts reading; returns how, or undefined when it cannot. */
  speak(request: SpeechRequest): SpeechMode | undefined
  stop(): void
  readonly speaking: boolean
  /** Called whenever `speaking` changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void
  /** Called when the system's voice list changes (voices load late in Chromium). */
  onVoicesChanged(listener: () => void): () => void
}

/** A little slower than default: listeners may be tired, stressed or not native speakers. */
const SPEECH_RATE = 0.9

const clampVolume = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1)

/**
 * Read-aloud playback with one rule above all: a language is spoken by a system voice for that
 * language, else by the item's recording in that language, else not at all. Starting anew or
 * stopping cancels what was playing; callbacks from a cancelled reading never change state.
 */
export function createSpeechEngine(env: SpeechEnv): SpeechEngine {
  let generation = 0
  let speaking = false
  let mode: SpeechMode | undefined
  let audio: AudioLike | undefined
  const listeners = new Set<() => void>()

  const setSpeaking = (value: boolean) => {
    if (speaking === value) return
    speaking = value
    for (const listener of listeners) listener()
  }
  const voiceFor = (lang: Language) =>
    env.synth ? pickVoice(env.synth.getVoices(), lang) : undefined

  const stop = () => {
    generation += 1
    if (mode === 'voice') env.synth?.cancel()
    audio?.pause()
    audio = undefined
    mode = undefined
    setSpeaking(false)
  }

  const speakWithVoice = (voice: VoiceLike, request: SpeechRequest, done: () => void) => {
    const synth = env.synth
    if (!synth) return
    request.phrases.forEach((text, i) => {
      const utterance = env.utterance(text)
      utterance.voice = voice
      utterance.lang = voice.lang
      utterance.volume = clampVolume(request.volume)
      utterance.rate = SPEECH_RATE
      utterance.addEventListener('error', done)
      if (i === request.phrases.length - 1) utterance.addEventListener('end', done)
      synth.speak(utterance)
    })
  }

  const playRecording = (url: string, volume: number, done: () => void) => {
    const element = env.audio(url)
    element.volume = clampVolume(volume)
    element.addEventListener('ended', done)
    element.addEventListener('error', done)
    audio = element
    element.play().catch(done)
  }

  return {
    modeFor(lang, audioUrl) {
      if (voiceFor(lang)) return 'voice'
      return audioUrl === undefined ? undefined : 'audio'
    },
    speak(request) {
      stop()
      const current = generation
      const done = () => {
        if (current !== generation) return
        mode = undefined
        audio = undefined
        setSpeaking(false)
      }
      const voice = voiceFor(request.lang)
      if (voice && request.phrases.length > 0) {
        mode = 'voice'
        setSpeaking(true)
        speakWithVoice(voice, request, done)
        return mode
      }
      if (!voice && request.audioUrl !== undefined) {
        mode = 'audio'
        setSpeaking(true)
        playRecording(request.audioUrl, request.volume, done)
        return mode
      }
      return undefined
    },
    stop,
    get speaking() {
      return speaking
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onVoicesChanged(listener) {
      const synth = env.synth
      if (!synth) return () => undefined
      synth.addEventListener('voiceschanged', listener)
      return () => synth.removeEventListener('voiceschanged', listener)
    },
  }
}

/**
 * The browser's speech: window.speechSynthesis when the platform has it, and plain audio
 * elements. Constructors are looked up at each call, so a page can swap them (tests do).
 */
export function browserSpeechEnv(): SpeechEnv {
  const hasSpeech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window
  return {
    synth: hasSpeech ? window.speechSynthesis : undefined,
    utterance: (text) => new window.SpeechSynthesisUtterance(text),
    audio: (src) => new window.Audio(src),
  }
}
