import type { Language } from '../../common/content/schema'
import type { BundledVoice } from './bundled/bundledVoice'
import { pickVoice, type VoiceLike } from './voices'

/** The parts of SpeechSynthesisUtterance the engine sets (a plain object in tests). */
export type UtteranceLike = {
  text: string
  lang: string
  voice: VoiceLike | null
  volume: number
  rate: number
  addEventListener(type: 'start' | 'end' | 'error', listener: () => void): void
}

/** The parts of window.speechSynthesis the engine uses. */
export type SynthLike = {
  speak(utterance: UtteranceLike): void
  cancel(): void
  pause(): void
  resume(): void
  getVoices(): readonly VoiceLike[]
  addEventListener(type: 'voiceschanged', listener: () => void): void
  removeEventListener(type: 'voiceschanged', listener: () => void): void
}

/** The parts of an <audio> element the engine uses: the one routable audio path. */
export type AudioLike = {
  volume: number
  play(): Promise<void>
  pause(): void
  addEventListener(type: 'ended' | 'error', listener: () => void): void
  /** Routes this element to one output device (absent where the platform cannot). */
  setSinkId?(sinkId: string): Promise<void>
}

/** Where speech comes from: system voices, the bundled engine and audio elements. */
export type SpeechEnv = {
  synth: SynthLike | undefined
  utterance(text: string): UtteranceLike
  /** An element for `src`; `phrase` names what a synthesised clip says (for recorders). */
  audio(src: string, phrase?: string): AudioLike
  /** The bundled offline engine, when this platform can run it (WebAssembly in a worker). */
  bundled?: BundledVoice
  /** A playable URL for synthesised WAV bytes, and its release. */
  clipUrl?(wav: ArrayBuffer): string
  releaseClip?(url: string): void
}

export type SpeechMode = 'voice' | 'bundled' | 'audio'

export type SpeechRequest = {
  lang: Language
  /** Phrases spoken one after another (system voice or bundled engine). */
  phrases: readonly string[]
  /** Recorded speech for this screen's item in `lang`, preferred to the bundled engine. */
  audioUrl?: string
  /** 0..1: the kiosk's setting, or the visitor's own in audio mode. */
  volume: number
  /** 1 is the voice's normal speed; defaults to DEFAULT_RATE. */
  rate?: number
  /**
   * Headphones only: play only to this output device. A system voice cannot be routed, so it is
   * never used then; an element that cannot be routed stays silent rather than use the speaker.
   */
  sinkId?: string
}

export type SpeechEngine = {
  /** How `lang` would be read, or undefined when it cannot be. */
  modeFor(lang: Language, audioUrl: string | undefined, routed?: boolean): SpeechMode | undefined
  /** Stops anything playing, then starts reading; returns how, or undefined when it cannot. */
  speak(request: SpeechRequest): SpeechMode | undefined
  stop(): void
  /** Holds the reading where it is; `resume` goes on from there. */
  pause(): void
  resume(): void
  /** Changes the volume of what is playing now (a system voice takes it from the next phrase). */
  setVolume(volume: number): void
  readonly speaking: boolean
  readonly paused: boolean
  /** Called whenever `speaking` or `paused` changes, and at each phrase started. */
  onChange(listener: () => void): () => void
  /** Called when the system's voice list changes (voices load late in Chromium). */
  onVoicesChanged(listener: () => void): () => void
}

/** A little slower than default: listeners may be tired, stressed or not native speakers. */
export const DEFAULT_RATE = 0.9

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1)

/**
 * Speech with one rule above all: a language is spoken by a system voice for that language,
 * else by the item's recording in that language, else by the bundled engine (espeak-ng), else
 * not at all — never in another language. Starting anew or stopping cancels what was playing;
 * callbacks from a cancelled reading never change state. Everything but a system voice plays
 * through `env.audio`, the one path that can be routed to headphones.
 */
export function createSpeechEngine(env: SpeechEnv): SpeechEngine {
  let generation = 0
  let speaking = false
  let paused = false
  let mode: SpeechMode | undefined
  let audio: AudioLike | undefined
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const setState = (nextSpeaking: boolean, nextPaused: boolean) => {
    if (speaking === nextSpeaking && paused === nextPaused) return
    speaking = nextSpeaking
    paused = nextPaused
    notify()
  }
  const voiceFor = (lang: Language, routed: boolean) =>
    env.synth && !routed ? pickVoice(env.synth.getVoices(), lang) : undefined

  const stop = () => {
    generation += 1
    if (mode === 'voice') env.synth?.cancel()
    audio?.pause()
    audio = undefined
    mode = undefined
    setState(false, false)
  }

  const speakWithVoice = (voice: VoiceLike, request: SpeechRequest, done: () => void) => {
    const synth = env.synth
    if (!synth) return
    request.phrases.forEach((text, i) => {
      const utterance = env.utterance(text)
      utterance.voice = voice
      utterance.lang = voice.lang
      utterance.volume = clamp01(request.volume)
      utterance.rate = request.rate ?? DEFAULT_RATE
      utterance.addEventListener('start', notify)
      utterance.addEventListener('error', done)
      if (i === request.phrases.length - 1) utterance.addEventListener('end', done)
      synth.speak(utterance)
    })
  }

  /** Plays one source through the audio path; resolves when it ends, fails or is stopped. */
  const playClip = async (
    src: string,
    request: SpeechRequest,
    current: number,
    phrase?: string,
  ) => {
    const element = env.audio(src, phrase)
    element.volume = clamp01(request.volume)
    const ended = new Promise<void>((resolve) => {
      element.addEventListener('ended', resolve)
      element.addEventListener('error', resolve)
    })
    if (request.sinkId !== undefined) {
      // Never fall back to the default output: that is the loudspeaker.
      if (!element.setSinkId) return
      try {
        await element.setSinkId(request.sinkId)
      } catch {
        return
      }
    }
    if (current !== generation) return
    audio = element
    notify()
    try {
      await element.play()
    } catch {
      return
    }
    await ended
  }

  const playBundled = async (bundled: BundledVoice, request: SpeechRequest, current: number) => {
    const rate = (request.rate ?? DEFAULT_RATE) / DEFAULT_RATE
    const synth = (i: number) => {
      const clip = bundled.synthesize(request.phrases[i] ?? '', request.lang, rate)
      clip.catch(() => undefined) // a prefetch may be abandoned; its failure is read below
      return clip
    }
    let next = synth(0)
    for (let i = 0; i < request.phrases.length; i++) {
      let wav: ArrayBuffer
      try {
        wav = await next
      } catch {
        return
      }
      if (current !== generation) return
      if (i + 1 < request.phrases.length) next = synth(i + 1)
      const url = env.clipUrl?.(wav)
      if (url === undefined) return
      try {
        await playClip(url, request, current, request.phrases[i])
      } finally {
        env.releaseClip?.(url)
      }
      if (current !== generation) return
    }
  }

  return {
    modeFor(lang, audioUrl, routed = false) {
      if (voiceFor(lang, routed)) return 'voice'
      if (audioUrl !== undefined) return 'audio'
      return env.bundled && env.clipUrl ? 'bundled' : undefined
    },
    speak(request) {
      stop()
      const current = generation
      const done = () => {
        if (current !== generation) return
        mode = undefined
        audio = undefined
        setState(false, false)
      }
      const voice = voiceFor(request.lang, request.sinkId !== undefined)
      if (request.phrases.length === 0 && request.audioUrl === undefined) return undefined
      if (voice && request.phrases.length > 0) {
        mode = 'voice'
        setState(true, false)
        speakWithVoice(voice, request, done)
        return mode
      }
      if (request.audioUrl !== undefined) {
        mode = 'audio'
        setState(true, false)
        void playClip(request.audioUrl, request, current).then(done)
        return mode
      }
      if (env.bundled && env.clipUrl && request.phrases.length > 0) {
        mode = 'bundled'
        setState(true, false)
        void playBundled(env.bundled, request, current).then(done)
        return mode
      }
      return undefined
    },
    stop,
    pause() {
      if (!speaking || paused) return
      if (mode === 'voice') env.synth?.pause()
      audio?.pause()
      setState(true, true)
    },
    resume() {
      if (!speaking || !paused) return
      if (mode === 'voice') env.synth?.resume()
      audio?.play().catch(() => undefined)
      setState(true, false)
    },
    setVolume(volume) {
      if (audio) audio.volume = clamp01(volume)
    },
    get speaking() {
      return speaking
    },
    get paused() {
      return paused
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
 * The browser's speech: window.speechSynthesis when the platform has it, audio elements, and
 * the bundled engine. Constructors are looked up at each call, so a page can swap them (tests
 * do).
 */
export function browserSpeechEnv(bundled?: BundledVoice): SpeechEnv {
  const hasSpeech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window
  return {
    synth: hasSpeech ? window.speechSynthesis : undefined,
    utterance: (text) => new window.SpeechSynthesisUtterance(text),
    audio: (src, phrase) => {
      const element = new window.Audio(src)
      if (phrase !== undefined) element.dataset.phrase = phrase
      return element
    },
    bundled,
    clipUrl: (wav) => URL.createObjectURL(new Blob([wav], { type: 'audio/wav' })),
    releaseClip: (url) => URL.revokeObjectURL(url),
  }
}
